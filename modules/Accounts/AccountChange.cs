namespace Reserve.Accounts;

/// <summary>An account or department change, for the audit view: who did what to whom, and when.</summary>
public sealed record AccountChange(long Id, string Actor, string Action, string Target, string? Detail, DateTime AtUtc);
