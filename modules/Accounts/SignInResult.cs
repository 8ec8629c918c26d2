namespace Reserve.Accounts;

/// <summary>What became of a sign-in attempt. The message is what the login page shows.</summary>
public sealed record SignInResult(SignInStatus Status, UserAccount? User, string Message, DateTime? LockedUntilUtc = null)
{
    public bool Succeeded => Status == SignInStatus.Succeeded;
}

public enum SignInStatus
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
    Disabled,
}
