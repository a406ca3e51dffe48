namespace BcpLocalOffer.Web.Content;

public sealed class MovePageForm
{
    public Guid? NewParent { get; set; }
}

public sealed record MovePageModel(ContentTreeRow Page, ContentTreeRow? CurrentParent, IReadOnlyList<(string Value, string Text)> Places, MovePageForm Form);

public sealed class ChangeUrlForm
{
    public string? UrlSegment { get; set; }
}

public sealed record ChangeUrlModel(ContentTreeRow Page, string ParentPath, ChangeUrlForm Form);

public sealed record ArchivePageModel(ContentTreeRow Page, IReadOnlyList<ContentTreeRow> Beneath);

public sealed record ArchivedPageRow(ContentTreeRow Page, DateTimeOffset ArchivedAt, string ArchivedBy, int PagesBeneath)
{
    public static string RestoreButtonId(Guid key) => "restore-" + key;
}

public sealed record ArchivedPagesModel(IReadOnlyList<ArchivedPageRow> Pages, string? Done);
