using System.Security.Claims;
using Reserve.Accounts;
using Reserve.Projects;
using Reserve.Review;

namespace Reserve.Review.Web.Submissions;

/// <summary>
/// Who may move which department's reserve list, for the page and the API alike: a clerk submits their
/// own department's list (not an empty one); a reviewer returns (with a reason), aggregates and reports;
/// a city leader only reads. The order of statuses is the review module's.
/// </summary>
internal sealed class SubmissionWorkflow(IAccounts accounts, IReview review, IProjectReserve reserve, ProjectAccess access)
{
    public async Task<SubmissionMove> MoveAsync(ClaimsPrincipal user, string department, SubmissionAction action, string? reason, CancellationToken cancellationToken)
    {
        if (RoleProblem(user, department, action) is { } refused)
        {
            return SubmissionMove.Refused(StatusCodes.Status403Forbidden, refused);
        }
        var known = await accounts.DepartmentsAsync(cancellationToken);
        if (!known.Any(d => d.Active && d.Name == department))
        {
            return SubmissionMove.Refused(StatusCodes.Status404NotFound, $"没有名为“{department}”的部门");
        }
        if (action == SubmissionAction.Return && string.IsNullOrWhiteSpace(reason))
        {
            return SubmissionMove.Refused(StatusCodes.Status400BadRequest, "退回修改时必须填写退回理由，部门将据此修改");
        }
        if (action == SubmissionAction.Submit && await reserve.CountAsync(new ProjectQuery(department, Take: 1), cancellationToken) == 0)
        {
            return SubmissionMove.Refused(StatusCodes.Status422UnprocessableEntity, $"{department}尚无储备项目，不能提交空的储备清单；请先新建或导入项目");
        }
        var year = access.ReserveYear;
        var outcome = await review.MoveAsync(year, department, action.Target(), action == SubmissionAction.Return ? reason : null, user.AuditName(), cancellationToken);
        if (!outcome.Succeeded)
        {
            return SubmissionMove.Refused(StatusCodes.Status409Conflict, outcome.Problem!);
        }
        return new SubmissionMove(StatusCodes.Status200OK, Done(department, year, action), await review.SubmissionAsync(year, department, cancellationToken));
    }

    /// <summary>Whether this user's role lets them make this move on this department (null: it does).</summary>
    public static string? RoleProblem(ClaimsPrincipal user, string department, SubmissionAction action) => (user.Role(), action) switch
    {
        (Role.DepartmentClerk, SubmissionAction.Submit) when user.Department() == department => null,
        (Role.DepartmentClerk, SubmissionAction.Submit) => "只能提交本部门的储备清单",
        (Role.Reviewer, not SubmissionAction.Submit) => null,
        (Role.Reviewer, SubmissionAction.Submit) => "储备清单由部门填报员提交，审核员不能代为提交",
        (Role.CityLeader, _) => "市领导为只读查看，不能改变报送状态",
        (_, SubmissionAction.Submit) => "只有部门填报员可以提交本部门的储备清单",
        _ => $"只有发改委审核员可以{action.Verb()}",
    };

    private static string Done(string department, int year, SubmissionAction action) => action switch
    {
        SubmissionAction.Submit => $"{department} {year} 年度储备清单已提交发改委",
        SubmissionAction.Return => $"已将{department}的储备清单退回修改",
        SubmissionAction.Aggregate => $"{department}的储备清单已汇总",
        _ => $"{department}的储备清单已报市政府审定",
    };
}

/// <summary>What became of a move: the HTTP status, the message for the user, and the list as it now stands.</summary>
internal sealed record SubmissionMove(int Status, string Message, DepartmentSubmission? Submission)
{
    public bool Succeeded => Status == StatusCodes.Status200OK;

    public static SubmissionMove Refused(int status, string message) => new(status, message, null);
}
