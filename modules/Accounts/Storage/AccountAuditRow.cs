namespace Reserve.Accounts.Storage;

internal sealed class AccountAuditRow
{
    public long Id { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string Target { get; set; } = "";
    public string? Detail { get; set; }
    public DateTime AtUtc { get; set; }

    public AccountChange ToChange() => new(Id, Actor, Action, Target, Detail, AtUtc);
}
