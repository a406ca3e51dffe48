namespace BcpLocalOffer.Web.Shared;

/// <summary>A GOV.UK checkboxes group for the _Checkboxes partial; the first box takes the field's id, so error links find it.</summary>
public sealed record CheckboxesModel(string Name, string Legend, string? Hint, IReadOnlyList<(string Value, string Text, string? Hint)> Options, IReadOnlyCollection<string> Checked);
