namespace Reserve.Accounts;

/// <summary>A department that proposes projects. <see cref="Name"/> is the short name stored on each project (项目主管部门).</summary>
public sealed record Department(string Name, string FullName, bool Active);
