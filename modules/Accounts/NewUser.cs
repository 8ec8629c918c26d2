namespace Reserve.Accounts;

/// <summary>What an administrator enters to create an account.</summary>
public sealed record NewUser(string Login, string DisplayName, Role Role, string? Department, string Password);
