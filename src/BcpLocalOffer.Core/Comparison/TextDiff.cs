using System.Text.RegularExpressions;

namespace BcpLocalOffer.Core.Comparison;

public enum DiffKind
{
    Unchanged,
    Deleted,
    Inserted,
}

/// <summary>A run of text that is in both versions, only the old one, or only the new one.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>
/// What changed between two texts, line by line and then word by word inside changed lines: a
/// longest-common-subsequence diff, enough for pages an editor writes by hand.
/// </summary>
public static partial class TextDiff
{
    // Beyond this many table cells (about 16 MB) a changed block is shown as wholly replaced
    // rather than compared word by word: a page is never worth that much memory.
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffPiece> Compare(string? before, string? after)
    {
        var oldText = Normalise(before);
        var newText = Normalise(after);
        if (oldText == newText)
        {
            return oldText.Length == 0 ? [] : [new DiffPiece(DiffKind.Unchanged, oldText)];
        }

        var pieces = new List<DiffPiece>();
        var deleted = new List<string>();
        var inserted = new List<string>();
        foreach (var (kind, line) in Lcs(Lines(oldText), Lines(newText)))
        {
            switch (kind)
            {
                case DiffKind.Deleted:
                    deleted.Add(line);
                    break;
                case DiffKind.Inserted:
                    inserted.Add(line);
                    break;
                default:
                    FlushChangedLines(pieces, deleted, inserted);
                    Add(pieces, DiffKind.Unchanged, line);
                    break;
            }
        }

        FlushChangedLines(pieces, deleted, inserted);
        return pieces;
    }

    public static bool HasChanges(IReadOnlyList<DiffPiece> pieces) => pieces.Any(p => p.Kind != DiffKind.Unchanged);

    /// <summary>Words, runs of spaces and single punctuation marks, so a changed word is marked alone.</summary>
    public static IReadOnlyList<string> Words(string text) => [.. Token().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"[\p{L}\p{N}_'’]+|[^\S\n]+|\n|.", RegexOptions.Singleline)]
    private static partial Regex Token();

    private static string Normalise(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);

    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static void FlushChangedLines(List<DiffPiece> pieces, List<string> deleted, List<string> inserted)
    {
        if (deleted.Count > 0 && inserted.Count > 0)
        {
            foreach (var (kind, word) in Lcs(Words(string.Concat(deleted)), Words(string.Concat(inserted))))
            {
                Add(pieces, kind, word);
            }
        }
        else
        {
            Add(pieces, DiffKind.Deleted, string.Concat(deleted));
            Add(pieces, DiffKind.Inserted, string.Concat(inserted));
        }

        deleted.Clear();
        inserted.Clear();
    }

    private static void Add(List<DiffPiece> pieces, DiffKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new DiffPiece(kind, text));
        }
    }

    /// <summary>The edit script from a to b: common prefix and suffix first, then the LCS table for the middle.</summary>
    private static List<(DiffKind Kind, string Item)> Lcs(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var script = new List<(DiffKind, string)>(a.Count + b.Count);
        for (var i = 0; i < prefix; i++)
        {
            script.Add((DiffKind.Unchanged, a[i]));
        }

        var n = a.Count - prefix - suffix;
        var m = b.Count - prefix - suffix;
        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            for (var i = 0; i < n; i++)
            {
                script.Add((DiffKind.Deleted, a[prefix + i]));
            }

            for (var j = 0; j < m; j++)
            {
                script.Add((DiffKind.Inserted, b[prefix + j]));
            }
        }
        else
        {
            // lengths[i, j]: the LCS length of a's middle from i and b's middle from j.
            var lengths = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lengths[i, j] = a[prefix + i] == b[prefix + j]
                        ? lengths[i + 1, j + 1] + 1
                        : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n && y < m)
            {
                if (a[prefix + x] == b[prefix + y])
                {
                    script.Add((DiffKind.Unchanged, a[prefix + x]));
                    x++;
                    y++;
                }
                else if (lengths[x + 1, y] >= lengths[x, y + 1])
                {
                    script.Add((DiffKind.Deleted, a[prefix + x++]));
                }
                else
                {
                    script.Add((DiffKind.Inserted, b[prefix + y++]));
                }
            }

            while (x < n)
            {
                script.Add((DiffKind.Deleted, a[prefix + x++]));
            }

            while (y < m)
            {
                script.Add((DiffKind.Inserted, b[prefix + y++]));
            }
        }

        for (var i = a.Count - suffix; i < a.Count; i++)
        {
            script.Add((DiffKind.Unchanged, a[i]));
        }

        return script;
    }
}
