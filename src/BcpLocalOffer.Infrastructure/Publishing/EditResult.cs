namespace BcpLocalOffer.Infrastructure.Publishing;

public enum EditOutcome
{
    Done,
    NotFound,
    Refused,

    /// <summary>Someone else saved a newer version first; nothing was overwritten.</summary>
    Conflict,

    /// <summary>The request itself was malformed (a field a form always sends is missing).</summary>
    Invalid,
}

public sealed record EditResult<T>(EditOutcome Outcome, T? Value, string? Reason)
{
    public bool Succeeded => Outcome == EditOutcome.Done;

    public static EditResult<T> Done(T value) => new(EditOutcome.Done, value, null);

    public static EditResult<T> NotFound() => new(EditOutcome.NotFound, default, "That page or version does not exist.");

    public static EditResult<T> Refused(string reason) => new(EditOutcome.Refused, default, reason);

    public static EditResult<T> Conflict(T latest, string reason) => new(EditOutcome.Conflict, latest, reason);

    public static EditResult<T> Invalid(string reason) => new(EditOutcome.Invalid, default, reason);
}
