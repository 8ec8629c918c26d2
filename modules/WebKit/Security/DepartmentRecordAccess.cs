using System.Security.Claims;
using Reserve.Accounts;

namespace Reserve.WebKit.Security;

/// <summary>
/// Who may read and change the records a department keeps outside the reserve (招商 deals, approval records):
/// a department clerk their own department's; a reviewer every department's; a city leader reads all and
/// changes nothing; nobody else sees them. Pages and API routes both ask here.
/// </summary>
public static class DepartmentRecordAccess
{
    /// <summary>The roles that see these pages at all (the rest get 403 before any record is read).</summary>
    public const string ReadRoles = nameof(Role.DepartmentClerk) + "," + nameof(Role.Reviewer) + "," + nameof(Role.CityLeader);

    /// <summary>The roles that may change records (a clerk only in their own department).</summary>
    public const string EditRoles = nameof(Role.DepartmentClerk) + "," + nameof(Role.Reviewer);

    public static bool MayRead(ClaimsPrincipal user, string department) => user.Role() switch
    {
        Role.DepartmentClerk => department == user.Department(),
        Role.Reviewer or Role.CityLeader => true,
        _ => false,
    };

    public static bool MayEdit(ClaimsPrincipal user, string department) => user.Role() switch
    {
        Role.DepartmentClerk => department == user.Department(),
        Role.Reviewer => true,
        _ => false,
    };

    /// <summary>Why the user may not read a record of <paramref name="department"/>, or null.</summary>
    public static string? ReadRefusal(ClaimsPrincipal user, string department) =>
        MayRead(user, department) ? null : "无权查看其他部门的记录";

    /// <summary>Why the user may not change a record of <paramref name="department"/>, or null.</summary>
    public static string? EditRefusal(ClaimsPrincipal user, string department) => user.Role() switch
    {
        _ when MayEdit(user, department) => null,
        Role.DepartmentClerk => "不能修改其他部门的记录",
        _ => "您的角色只能查看，不能修改",
    };

    /// <summary>
    /// The department a list is limited to: a clerk's own (asking for another one is refused), otherwise the
    /// one asked for, or null for all.
    /// </summary>
    public static (string? Department, string? Refusal) ListScope(ClaimsPrincipal user, string? asked)
    {
        if (user.ScopeDepartment() is not { } own)
        {
            return (string.IsNullOrWhiteSpace(asked) ? null : asked.Trim(), null);
        }
        return string.IsNullOrWhiteSpace(asked) || asked.Trim() == own ? (own, null) : (null, "无权查看其他部门的记录");
    }
}
