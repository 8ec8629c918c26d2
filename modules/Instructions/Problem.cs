namespace Reserve.Instructions;

/// <summary>One thing wrong with what a user entered: the field as the form labels it, and the reason in Chinese.</summary>
public sealed record Problem(string Field, string Message)
{
    public override string ToString() => $"{Field}：{Message}";
}

/// <summary>
/// What became of a change: the stored result, or the problems (nothing was written), or a conflict with
/// someone else's change (nothing was overwritten), or the record was not there.
/// </summary>
public sealed record Outcome<T>(T? Value, IReadOnlyList<Problem> Problems, string? Conflict, bool Missing = false) where T : class
{
    public bool Succeeded => Value is not null;

    internal static Outcome<T> Ok(T value) => new(value, [], null);

    public static Outcome<T> Refused(IReadOnlyList<Problem> problems) => new(null, problems, null);

    internal static Outcome<T> Conflicted(string message) => new(null, [], message);

    internal static Outcome<T> NotFound() => new(null, [], null, true);
}

/// <summary>One page of a list, with the total the database counted.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Skip, int Take);
