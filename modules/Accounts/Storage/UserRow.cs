using System.Security.Cryptography;
using System.Text;

namespace Reserve.Accounts.Storage;

internal sealed class UserRow
{
    public string Login { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public Role Role { get; set; }
    public string? Department { get; set; }
    public string PasswordHash { get; set; } = "";
    public bool Active { get; set; } = true;
    public int FailedAttempts { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    public DateTime? LastSignInUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public int Version { get; set; }

    public UserAccount ToAccount() => new(Login, DisplayName, Role, Department, Active, FailedAttempts, LockedUntilUtc, LastSignInUtc)
    {
        SessionStamp = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(PasswordHash)), 0, 8),
    };
}
