namespace Reserve.Dispatch;

/// <summary>An item as stored, with the version a later save must name (concurrency token) and who saved it last.</summary>
public sealed record Stored<T>(T Item, int Version, DateTime UpdatedAtUtc, string UpdatedBy);

/// <summary>Why an input was refused: the field (its Chinese label) and the reason, in Chinese.</summary>
public sealed record DispatchProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}：{Message}";
}

/// <summary>What became of a save: stored (with its new version), refused by validation, or a conflict.</summary>
public sealed record DispatchSaveOutcome<T>(Stored<T>? Saved, IReadOnlyList<DispatchProblem> Problems, string? Conflict)
{
    public bool Succeeded => Saved is not null;

    internal static DispatchSaveOutcome<T> Invalid(IReadOnlyList<DispatchProblem> problems) => new(null, problems, null);

    internal static DispatchSaveOutcome<T> Conflicted(string message) => new(null, [], message);
}

/// <summary>One change a user made to a dispatch item: who, when, and the item before and after (JSON).</summary>
public sealed record DispatchAuditEntry(long Id, string Entity, long EntityId, string Action, string User, DateTime AtUtc, string? Before, string? After);

/// <summary>A generated dispatch file: its name, content type and bytes, or the problems that stopped it.</summary>
public sealed record DispatchFile(string FileName, string ContentType, byte[]? Content, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Content is not null;
}

/// <summary>日报, 周报, 月报: which period a dispatch report covers and which projects it lists.</summary>
public enum DispatchReportKind
{
    [Sdk.Projects.ZhName("日报")] Daily,
    [Sdk.Projects.ZhName("周报")] Weekly,
    [Sdk.Projects.ZhName("月报")] Monthly,
}
