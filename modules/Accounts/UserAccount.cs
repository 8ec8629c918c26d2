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
    DateTime? LastSignInUtc)
{
    /// <summary>
    /// Names the password a session was signed in with, without revealing it (a digest of its salted hash): a session
    /// whose cookie carries another stamp was opened before the password was reset, and ends at its next request.
    /// </summary>
    public string SessionStamp { get; init; } = "";
}
