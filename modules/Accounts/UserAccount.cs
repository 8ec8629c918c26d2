namespace Reserve.Accounts;

/// <summary>An account as the rest of the system sees it: never the password hash.</summary>
public sealed record UserAccount(
    string Login,
    string DisplayName,
    Role Role,
    string? Department,
    bool Active,
    int FailedAttempts,
    DateTime? LockedUntilUtc,
    DateTime? LastSignInUtc);
