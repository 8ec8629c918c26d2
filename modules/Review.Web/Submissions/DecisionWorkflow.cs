using System.Globalization;
using System.Security.Claims;
using Reserve.Accounts;
using Reserve.Projects;
using Reserve.Review;

namespace Reserve.Review.Web.Submissions;

/// <summary>The government's decision as a form or the API sends it: text fields, project ids separated by commas, spaces or lines.</summary>
internal sealed record DecisionForm(int? Year, string? Verdict, string? Date, string? DocNumber, string? Removed, string? Added, string? Note, int? Version);

/// <summary>
/// Records the city government's decision for the page and the API alike: only a reviewer records it; the
/// fields are read with a Chinese message naming each bad one; added projects must exist in the reserve;
/// the rest (文号, dates, the accepted list, the version read) is the review module's.
/// </summary>
internal sealed class DecisionWorkflow(IReview review, IProjectReserve reserve, ProjectAccess access)
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' ', '\n', '\r', '\t'];

    public async Task<SubmissionMove> RecordAsync(ClaimsPrincipal user, DecisionForm form, CancellationToken cancellationToken)
    {
        if (user.Role() != Role.Reviewer)
        {
            return SubmissionMove.Refused(StatusCodes.Status403Forbidden, "只有发改委审核员可以记录市政府审定结果");
        }
        var problems = new List<string>();
        GovernmentVerdict verdict = default;
        if (string.IsNullOrWhiteSpace(form.Verdict) || !EnumText.TryParse(form.Verdict, out verdict))
        {
            problems.Add("审定结论：应为“审定通过”或“调整”");
        }
        DateOnly date = default;
        if (!DateOnly.TryParseExact(form.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            problems.Add($"审定日期：“{form.Date}”不是 yyyy-MM-dd 日期");
        }
        var removed = Ids(form.Removed);
        var added = Ids(form.Added);
        foreach (var id in added)
        {
            if (await reserve.FindAsync(id, cancellationToken) is null)
            {
                problems.Add($"增列项目：储备库中没有编号为 {id} 的项目");
            }
        }
        if (problems.Count > 0)
        {
            return SubmissionMove.Refused(StatusCodes.Status400BadRequest, string.Join("；", problems));
        }
        var year = form.Year ?? access.ReserveYear;
        var outcome = await review.RecordDecisionAsync(new GovernmentDecisionInput(year, verdict, date, form.DocNumber, removed, added, form.Note, form.Version),
            user.AuditName(), cancellationToken);
        return outcome.Succeeded
            ? new SubmissionMove(StatusCodes.Status200OK, $"已记录市政府对{year}年度储备清单的审定结果", null)
            : SubmissionMove.Refused(outcome.Problem!.Contains("请刷新后重试", StringComparison.Ordinal) ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity, outcome.Problem);
    }

    private static List<string> Ids(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
