using System.Text;
using System.Text.RegularExpressions;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>The mail the site wrote to its pickup folder (the default sender), read back as a person's inbox.</summary>
public static partial class MailPickup
{
    public sealed record Message(string To, string Subject, string Body, DateTime WrittenAt);

    public static IReadOnlyList<Message> To(LocalOfferFactory factory, string address) => In(factory.DataPath, address);

    /// <summary>The mail to <paramref name="address"/> in the pickup folder of the site whose data is in <paramref name="dataPath"/>.</summary>
    public static IReadOnlyList<Message> In(string dataPath, string address)
    {
        var folder = Path.Combine(dataPath, "mail-pickup");
        if (!System.IO.Directory.Exists(folder))
        {
            return [];
        }

        return [.. System.IO.Directory.GetFiles(folder, "*.eml")
            .Select(f => Read(File.ReadAllText(f), File.GetLastWriteTimeUtc(f)))
            .Where(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.WrittenAt)];
    }

    /// <summary>The set-password link in a message, as the person would follow it.</summary>
    public static Uri SetPasswordLink(Message message) =>
        new(SetPasswordLinkPattern().Match(message.Body) is { Success: true } match ? match.Value : throw new InvalidOperationException("No set-password link in: " + message.Body));

    private static Message Read(string eml, DateTime writtenAt)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = eml[..split];
        var body = eml[(split + 4)..];
        string Header(string name) => Regex.Match(headers, $"^{name}: (.*(?:\r\n[ \t].*)*)", RegexOptions.Multiline | RegexOptions.IgnoreCase).Groups[1].Value.Replace("\r\n", "");
        var encoding = Header("Content-Transfer-Encoding").Trim().ToLowerInvariant();
        body = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", ""))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return new Message(Header("To").Trim(), EncodedWords(Header("Subject").Trim()), body, writtenAt);
    }

    private static string QuotedPrintable(string text)
    {
        var joined = text.Replace("=\r\n", "");
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex(@"https?://\S+/editorial/account/set-password\?\S+")]
    private static partial Regex SetPasswordLinkPattern();

    /// <summary>A header as a mail client shows it: RFC 2047 encoded words ("=?utf-8?B?...?=") decoded.</summary>
    private static string EncodedWords(string header) =>
        System.Text.RegularExpressions.Regex.Replace(header, @"=\?utf-8\?(?<how>[BbQq])\?(?<text>[^?]*)\?=\s*", match =>
            match.Groups["how"].Value is "B" or "b"
                ? Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups["text"].Value))
                : QuotedPrintable(match.Groups["text"].Value.Replace('_', ' ')), System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
