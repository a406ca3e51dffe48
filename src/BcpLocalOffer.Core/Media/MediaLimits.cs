namespace BcpLocalOffer.Core.Media;

/// <summary>Field lengths for media records, shared by the form and the database.</summary>
public static class MediaLimits
{
    public const int TitleLength = 200;
    public const int AltTextLength = 500;
}
