using System.Security.Claims;
using Reserve.Approvals;
using Reserve.Approvals.Records;
using Reserve.WebKit.Security;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Web;

/// <summary>What a user asked to see of the approval records (the /approvals page and GET /api/approvals).</summary>
internal sealed record ApprovalFilter(string? Department, PreWorkKind? Item, bool FlaggedOnly);

/// <summary>
/// 审批服务 as one user may see it, read as of today: a clerk's own department's records, every record for
/// reviewers and leaders. Summaries are counted by the module's rules over exactly those records.
/// </summary>
internal sealed class ApprovalBoard(IApprovalService approvals, TimeProvider clock)
{
    private const int Page = 1000;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<(IReadOnlyList<ApprovalView> Records, string? Refusal)> ListAsync(ClaimsPrincipal user, ApprovalFilter filter, DateOnly asOf, CancellationToken cancellationToken)
    {
        var (department, refusal) = DepartmentRecordAccess.ListScope(user, filter.Department);
        if (refusal is not null)
        {
            return ([], refusal);
        }
        var all = new List<ApprovalView>();
        while (true)
        {
            var batch = await approvals.ListAsync(new ApprovalQuery(null, department, filter.Item, filter.FlaggedOnly, all.Count, Page), asOf, cancellationToken);
            all.AddRange(batch);
            if (batch.Count < Page)
            {
                return (all, null);
            }
        }
    }

    /// <summary>A record the user may read, or the status (404/403) and why not.</summary>
    public async Task<(ApprovalView? Record, int Status, string? Refusal)> ReadAsync(ClaimsPrincipal user, long id, DateOnly asOf, CancellationToken cancellationToken)
    {
        var view = await approvals.FindAsync(id, asOf, cancellationToken);
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
        var read = await ReadAsync(user, id, Today, cancellationToken);
        if (read.Record is null)
        {
            return read;
        }
        return DepartmentRecordAccess.EditRefusal(user, read.Record.Record.Department) is { } refusal
            ? (null, StatusCodes.Status403Forbidden, refusal)
            : read;
    }

    /// <summary>
    /// Records the applied (受理) and completed (办结) dates of a record, keeping everything else as it is; the
    /// module checks the dates (completion not before 受理, nothing in the future) and refuses in Chinese.
    /// </summary>
    public Task<Outcome<ApprovalView>> RecordDatesAsync(ApprovalView current, DateOnly appliedOn, DateOnly? completedOn, string? docNumber, string user, CancellationToken cancellationToken)
    {
        var draft = ApprovalDraft.From(current.Record) with
        {
            AppliedOn = appliedOn,
            CompletedOn = completedOn,
            DocNumber = string.IsNullOrWhiteSpace(docNumber) ? current.Record.DocNumber : docNumber,
        };
        return approvals.UpdateAsync(current.Record.Id, draft, current.Version, user, cancellationToken);
    }

    public Task<Outcome<ApprovalView>> FulfilAsync(long id, int index, DateOnly on, int version, string user, CancellationToken cancellationToken) =>
        approvals.FulfilCommitmentAsync(id, index, on, version, user, cancellationToken);
}
