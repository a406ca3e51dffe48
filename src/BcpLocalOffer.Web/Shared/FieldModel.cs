namespace BcpLocalOffer.Web.Shared;

/// <summary>One form field for the _Field partial: kind is "text", "date", "textarea" or "select".</summary>
public sealed record FieldModel(string Name, string Label, string? Value, string Kind = "text", string? Hint = null, int Rows = 5, IReadOnlyList<(string Value, string Text)>? Options = null);
