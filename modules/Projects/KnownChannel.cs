namespace Reserve.Projects;

/// <summary>
/// A funding channel a project may name under 拟申请渠道: the stable id a record stores and the Chinese name people
/// read and write (a form's choice, a file's cell).
/// </summary>
public sealed record KnownChannel(string Id, string Name);
