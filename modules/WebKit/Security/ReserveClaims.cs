using System.Security.Claims;
using Reserve.Accounts;
using Reserve.Sdk.Projects;

namespace Reserve.WebKit.Security;

/// <summary>What the sign-in cookie carries about a user, and how pages read it back.</summary>
public static class ReserveClaims
{
    public const string DepartmentClaim = "reserve:department";

    /// <summary>The account's <see cref="UserAccount.SessionStamp"/> at sign-in: a reset password ends the session.</summary>
    public const string SessionStampClaim = "reserve:session";

    public static ClaimsPrincipal Principal(UserAccount user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Login),
            new(ClaimTypes.Name, user.DisplayName),
            new(ClaimTypes.Role, user.Role.ToString()),
            new(SessionStampClaim, user.SessionStamp),
        };
        if (user.Department is { } department)
        {
            claims.Add(new Claim(DepartmentClaim, department));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static string Login(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? user.Login();

    public static Role? Role(this ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static string RoleName(this ClaimsPrincipal user) => user.Role() is { } role ? ZhNames<Role>.Of(role) : "";

    public static string? Department(this ClaimsPrincipal user) => user.FindFirstValue(DepartmentClaim);

    public static string SessionStamp(this ClaimsPrincipal user) => user.FindFirstValue(SessionStampClaim) ?? "";

    /// <summary>The department a user's view of the reserve is limited to; null for the city-wide roles.</summary>
    public static string? ScopeDepartment(this ClaimsPrincipal user) =>
        user.Role() == Accounts.Role.DepartmentClerk ? user.Department() ?? "\u0000" : null;

    /// <summary>"张三（交通运输局）" — how a user is named in audit records.</summary>
    public static string AuditName(this ClaimsPrincipal user) =>
        user.Department() is { } department ? $"{user.DisplayName()}（{department}）" : $"{user.DisplayName()}（{user.RoleName()}）";
}
