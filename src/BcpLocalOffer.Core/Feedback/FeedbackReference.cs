namespace BcpLocalOffer.Core.Feedback;

/// <summary>
/// The reference on the confirmation page, made from the submission id, so a replay of the same
/// form shows the same reference. Crockford base32 (no I, L, O or U) reads well over the phone.
/// </summary>
public static class FeedbackReference
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string For(Guid submissionId)
    {
        Span<byte> bytes = stackalloc byte[16];
        submissionId.TryWriteBytes(bytes);
        var value = 0UL;
        for (var i = 0; i < 5; i++)
        {
            value = (value << 8) | bytes[i];
        }

        Span<char> code = stackalloc char[8];
        for (var i = 7; i >= 0; i--)
        {
            code[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return $"LO-{code[..4]}-{code[4..]}";
    }
}
