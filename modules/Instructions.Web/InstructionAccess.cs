using System.Security.Claims;
using Reserve.Accounts;
using Reserve.Instructions;

namespace Reserve.Instructions.Web;

/// <summary>
/// Who may do what with a 批示: city leaders and 发改委 reviewers write them and read every one; a department clerk
/// reads and answers only those addressed to their department; administrators see none. Pages and API both ask here.
/// </summary>
internal static class InstructionAccess
{
    public const string ReadRoles = DepartmentRecordAccess.ReadRoles;

    public const string WriteRoles = nameof(Role.CityLeader) + "," + nameof(Role.Reviewer);

    public const string AnswerRoles = nameof(Role.DepartmentClerk);

    /// <summary>Who may reach the edit and withdraw forms; <see cref="ManageRefusal"/> then asks whether this one is theirs.</summary>
    public const string ManageRoles = WriteRoles + "," + nameof(Role.Administrator);

    public static bool MayWrite(ClaimsPrincipal user) => user.Role() is Role.CityLeader or Role.Reviewer;

    public static bool MayRead(ClaimsPrincipal user, InstructionView view) => user.Role() switch
    {
        Role.DepartmentClerk => view.OwnerDepartment == user.Department(),
        Role.Reviewer or Role.CityLeader => true,
        _ => false,
    };

    public static bool MayAnswer(ClaimsPrincipal user, InstructionView view) =>
        user.Role() == Role.DepartmentClerk && view.OwnerDepartment == user.Department();

    /// <summary>Why the user may not answer, or null.</summary>
    public static string? AnswerRefusal(ClaimsPrincipal user, InstructionView view) => user.Role() switch
    {
        _ when MayAnswer(user, view) => null,
        Role.DepartmentClerk => "该批示不是交办给本部门的，不能答复",
        _ => "只有责任部门的填报员可以答复批示",
    };

    /// <summary>The leader (or 发改委 reviewer) who wrote it changes or withdraws it; an administrator may too, for a leader who has left.</summary>
    public static bool MayManage(ClaimsPrincipal user, InstructionView view) =>
        user.Role() == Role.Administrator || (MayWrite(user) && view.AuthorLogin == user.Login());

    /// <summary>Why the user may not edit or withdraw this instruction, or null.</summary>
    public static string? ManageRefusal(ClaimsPrincipal user, InstructionView view) =>
        MayManage(user, view) ? null : $"只有作出该批示的{view.AuthorName}或系统管理员可以修改、撤回";

    public static Actor ActorOf(ClaimsPrincipal user) => new(user.Login(), user.AuditName());
}
