namespace Reserve.Persistence;

/// <summary>
/// One value that moves whenever a module's data does — the highest id of its audit log, the newest change time of its
/// rows — named so that other code can ask for it (<c>"dispatch.audit"</c>), and read by <see cref="ChangeStamps"/>
/// together with every other module's in one statement. <paramref name="Sql"/> is a scalar <c>SELECT</c> both providers
/// read (identifiers double-quoted), cheap enough for once a second: an index seek.
/// </summary>
public sealed record ChangeSource(string Name, string Sql);
