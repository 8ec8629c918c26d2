namespace Reserve.Promotion;

/// <summary>One thing wrong with what a user entered: the field as the form labels it, and the reason in Chinese.</summary>
public sealed record Problem(string Field, string Message)
{
    public override string ToString() => $"{Field}：{Message}";
}

/// <summary>
/// What became of a change: the stored result, or the problems (nothing was written), or a conflict with
/// someone else's change (nothing was overwritten).
/// </summary>
public sealed record Outcome<T>(T? Value, IReadOnlyList<Problem> Problems, string? Conflict) where T : class
{
    public bool Succeeded => Value is not null;

    internal static Outcome<T> Ok(T value) => new(value, [], null);

    internal static Outcome<T> Refused(IReadOnlyList<Problem> problems) => new(null, problems, null);

    internal static Outcome<T> Refused(string field, string message) => new(null, [new Problem(field, message)], null);

    internal static Outcome<T> Conflicted(string message) => new(null, [], message);
}
