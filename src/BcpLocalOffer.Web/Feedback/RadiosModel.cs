namespace BcpLocalOffer.Web.Feedback;

/// <summary>A GOV.UK radios group for the _Radios partial.</summary>
public sealed record RadiosModel(string Name, string Legend, string? Hint, IReadOnlyList<(string Value, string Text)> Options, string? Checked, string LegendClass = "govuk-fieldset__legend--s", bool Inline = false);
