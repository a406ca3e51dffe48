namespace BcpLocalOffer.Web.Shared;

/// <summary>The id a form field gets from its model name ("Properties.phase" → "properties-phase"), so error links find it.</summary>
public static class FieldId
{
    public static string For(string modelName) => modelName.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal).ToLowerInvariant();
}
