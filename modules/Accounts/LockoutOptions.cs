namespace Reserve.Accounts;

/// <summary>
/// How many wrong passwords in a row lock an account, and for how long. The defaults follow the common
/// practice of government systems (等保 2.0 asks for lock-out after repeated failures; the figures are ours).
/// </summary>
public sealed record LockoutOptions(int MaxFailedAttempts = 5, int LockoutMinutes = 15);
