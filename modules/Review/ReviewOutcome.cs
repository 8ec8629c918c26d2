namespace Reserve.Review;

/// <summary>Null problem: done. Otherwise the Chinese reason it was refused (nothing changed).</summary>
public sealed record ReviewOutcome(string? Problem)
{
    public static readonly ReviewOutcome Done = new((string?)null);

    public bool Succeeded => Problem is null;

    public static ReviewOutcome Refused(string problem) => new(problem);
}
