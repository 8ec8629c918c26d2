namespace Reserve.Planning;

/// <summary>
/// One smallest set of changes to a project's record that makes it 符合 for a channel, found by running the
/// engine on the changed record (<see cref="Verified"/>), with what the channel would then give.
/// </summary>
public sealed record NearMiss(
    string ProjectId,
    string ProjectName,
    string ChannelId,
    string ChannelName,
    IReadOnlyList<RecordChange> Changes,
    ChangeEffort Effort,
    decimal Unlocks,
    bool Verified);

/// <summary>
/// One change to the record: the field's path in the interchange format (project-record.md), the value it has
/// and the value it needs, both as the interchange writes them, and what the change means in Chinese.
/// </summary>
public sealed record RecordChange(string Field, string? From, string To, string Description, ChangeEffort Effort);
