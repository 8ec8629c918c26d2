using System.Security.Claims;
using Reserve.Approvals;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Web;

/// <summary>What a user asked to see of the approval records (the /approvals page and GET /api/approvals).</summary>
internal sealed record ApprovalFilter(string? Department, PreWorkKind? Item, bool FlaggedOnly, string? Text = null);

/// <summary>
/// 审批服务 as one user may see it, read as of today: a clerk's own department's records, every record for
/// reviewers and leaders; a record is opened or changed only by those who may change its project's department's
/// records. Lists are pages and summaries are counted by the module over exactly those records.
/// </summary>
internal sealed class ApprovalBoard(IApprovalService approvals, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<(ApprovalPage Page, string? Refusal)> ListAsync(ClaimsPrincipal user, ApprovalFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var (department, refusal) = DepartmentRecordAccess.ListScope(user, filter.Department);
        if (refusal is not null)
        {
            return (new ApprovalPage([], 0), refusal);
        }
        return (await approvals.ListAsync(new ApprovalQuery(null, department, filter.Item, filter.FlaggedOnly, skip, take, Text: filter.Text), Today, cancellationToken), null);
    }

    /// <summary>The /approvals page: a page of the records the user may see with the summaries over the same records.</summary>
    public async Task<(ApprovalOverview? Overview, string? Refusal)> OverviewAsync(ClaimsPrincipal user, ApprovalFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var (department, refusal) = DepartmentRecordAccess.ListScope(user, filter.Department);
        return refusal is not null
            ? (null, refusal)
            : (await approvals.OverviewAsync(new ApprovalQuery(null, department, filter.Item, filter.FlaggedOnly, skip, take, Text: filter.Text), Today, cancellationToken), null);
    }

    public async Task<(ApprovalSummary? Summary, string? Refusal)> SummaryAsync(ClaimsPrincipal user, string? department, SummaryGrouping grouping, CancellationToken cancellationToken)
    {
        var (scope, refusal) = DepartmentRecordAccess.ListScope(user, department);
        return refusal is not null ? (null, refusal) : (await approvals.SummaryAsync(grouping, Today, scope, cancellationToken), null);
    }

    /// <summary>A record the user may read, or the status (404/403) and why not.</summary>
    public async Task<(ApprovalView? Record, int Status, string? Refusal)> ReadAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var view = await approvals.FindAsync(id, Today, cancellationToken);
        if (view is null)
        {
            return (null, StatusCodes.Status404NotFound, $"没有编号为 {id} 的审批记录");
        }
        return DepartmentRecordAccess.ReadRefusal(user, view.Record.Department) is { } refusal
            ? (null, StatusCodes.Status403Forbidden, refusal)
            : (view, StatusCodes.Status200OK, null);
    }

    /// <summary>A record the user may change, or the status and why not.</summary>
    public async Task<(ApprovalView? Record, int Status, string? Refusal)> EditAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(user, id, cancellationToken);
        if (read.Record is null)
        {
            return read;
        }
        return DepartmentRecordAccess.EditRefusal(user, read.Record.Record.Department) is { } refusal
            ? (null, StatusCodes.Status403Forbidden, refusal)
            : read;
    }

    /// <summary>The project with its pre-work items when the user may read its department's records; a missing project is null with 404.</summary>
    public async Task<(ApprovalProject? Project, int Status, string? Refusal)> ProjectAsync(ClaimsPrincipal user, string? projectId, CancellationToken cancellationToken)
    {
        var project = string.IsNullOrWhiteSpace(projectId) ? null : await approvals.CandidatesAsync(projectId, Today, cancellationToken);
        if (project is null)
        {
            return (null, StatusCodes.Status404NotFound, $"储备库中没有编号为 {projectId} 的项目");
        }
        return DepartmentRecordAccess.ReadRefusal(user, project.Department) is { } refusal ? (null, StatusCodes.Status403Forbidden, refusal) : (project, StatusCodes.Status200OK, null);
    }

    /// <summary>
    /// Opens a record when the user may change the project's department's records (403 otherwise); a project
    /// that does not exist is left to the module, which names it among the problems.
    /// </summary>
    public async Task<(Outcome<ApprovalView>? Outcome, string? Refusal)> OpenAsync(ClaimsPrincipal user, ApprovalDraft draft, CancellationToken cancellationToken)
    {
        if (await RefusalForProjectAsync(user, draft.ProjectId, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }
        return (await approvals.OpenAsync(draft, user.AuditName(), cancellationToken), null);
    }

    public async Task<(Outcome<JointReviewView>? Outcome, string? Refusal)> OpenJointReviewAsync(ClaimsPrincipal user, JointReviewDraft draft, CancellationToken cancellationToken)
    {
        if (await RefusalForProjectAsync(user, draft.ProjectId, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }
        return (await approvals.OpenJointReviewAsync(draft, user.AuditName(), cancellationToken), null);
    }

    /// <summary>A joint review the user may read (or change, with <paramref name="edit"/>), or the status and why not.</summary>
    public async Task<(JointReviewView? Review, int Status, string? Refusal)> JointReviewAsync(ClaimsPrincipal user, long id, bool edit, CancellationToken cancellationToken)
    {
        var review = await approvals.FindJointReviewAsync(id, Today, cancellationToken);
        if (review is null)
        {
            return (null, StatusCodes.Status404NotFound, $"没有编号为 {id} 的联合审查");
        }
        var refusal = edit ? DepartmentRecordAccess.EditRefusal(user, review.Review.Department) : DepartmentRecordAccess.ReadRefusal(user, review.Review.Department);
        return refusal is null ? (review, StatusCodes.Status200OK, null) : (null, StatusCodes.Status403Forbidden, refusal);
    }

    /// <summary>
    /// Records the applied (受理) and completed (办结) dates of a record, keeping everything else as it is; the
    /// module checks the dates (completion not before 受理, nothing in the future) and refuses in Chinese.
    /// </summary>
    public Task<Outcome<ApprovalView>> RecordDatesAsync(ApprovalView current, DateOnly appliedOn, DateOnly? completedOn, string? docNumber, string user, CancellationToken cancellationToken, bool? remote = null)
    {
        var draft = ApprovalDraft.From(current.Record) with
        {
            AppliedOn = appliedOn,
            CompletedOn = completedOn,
            DocNumber = string.IsNullOrWhiteSpace(docNumber) ? current.Record.DocNumber : docNumber,
            Remote = remote ?? current.Record.Remote,
        };
        return approvals.UpdateAsync(current.Record.Id, draft, current.Version, user, cancellationToken);
    }

    public Task<IReadOnlyList<ApprovalAuditEntry>> AuditAsync(long id, CancellationToken cancellationToken) => approvals.AuditAsync(id, cancellationToken);

    public Task<Outcome<JointReviewView>> UpdateJointReviewAsync(long id, JointReviewChange change, int version, string user, CancellationToken cancellationToken) =>
        approvals.UpdateJointReviewAsync(id, change, version, user, cancellationToken);

    public Task<Outcome<ApprovalView>> FulfilAsync(long id, int index, DateOnly on, int version, string user, CancellationToken cancellationToken) =>
        approvals.FulfilCommitmentAsync(id, index, on, version, user, cancellationToken);

    private async Task<string?> RefusalForProjectAsync(ClaimsPrincipal user, string projectId, CancellationToken cancellationToken)
    {
        var project = string.IsNullOrWhiteSpace(projectId) ? null : await approvals.CandidatesAsync(projectId, Today, cancellationToken);
        return project is null ? null : DepartmentRecordAccess.EditRefusal(user, project.Department);
    }
}
