using Reserve.Approvals.Charts;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals;

/// <summary>
/// The public face of 审批服务 for pages, HTTP routes and the command line. A record is read as of a date (today
/// from the injected <see cref="TimeProvider"/> when none is given): its due date, whether it runs past its limit,
/// and its commitments' states. Every change names the user (for the audit) and, for an existing record, the
/// version it was read at: a stale change is refused with a conflict message. Bad input comes back as Chinese
/// <see cref="Problem"/>s and nothing is written. Statutory limits: <see cref="StatutoryLimits.All"/>.
/// </summary>
public interface IApprovalService
{
    Task<ApprovalView?> FindAsync(long id, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApprovalView>> ListAsync(ApprovalQuery query, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>The project's pre-work items, each with its approval record when one is kept; null when there is no such project.</summary>
    Task<IReadOnlyList<PreWorkCandidate>?> CandidatesAsync(string projectId, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>Opens the record of one pre-work item of a reserve project (the item must be on the project's pre-work list).</summary>
    Task<Outcome<ApprovalView>> OpenAsync(ApprovalDraft draft, string user, CancellationToken cancellationToken = default);

    Task<Outcome<ApprovalView>> UpdateAsync(long id, ApprovalDraft draft, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>Records the completion (办结) and the 批复文号.</summary>
    Task<Outcome<ApprovalView>> CompleteAsync(long id, DateOnly completedOn, string? docNumber, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>Records that commitment number <paramref name="commitmentIndex"/> (0-based) was fulfilled on <paramref name="fulfilledOn"/>.</summary>
    Task<Outcome<ApprovalView>> FulfilCommitmentAsync(long id, int commitmentIndex, DateOnly fulfilledOn, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>Approvals past their limit and commitments past their due date, as of <paramref name="asOf"/>.</summary>
    Task<ApprovalFlags> FlagsAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default);

    Task<ApprovalSummary> SummaryAsync(SummaryGrouping grouping, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>Approvals by state per group, as a stacked bar chart.</summary>
    Task<ChartData> StatesChartAsync(SummaryGrouping grouping, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>Commitments by state per group, as a stacked bar chart.</summary>
    Task<ChartData> CommitmentsChartAsync(SummaryGrouping grouping, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>The holidays and make-up working days entered for <paramref name="year"/>.</summary>
    Task<IReadOnlyList<CalendarDay>> CalendarAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>Marks a day as a holiday (<c>IsWorkday</c> false) or a make-up working day (true); returns the problems, empty when stored.</summary>
    Task<IReadOnlyList<Problem>> SetCalendarDayAsync(CalendarDay day, string user, CancellationToken cancellationToken = default);

    Task RemoveCalendarDayAsync(DateOnly date, string user, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApprovalAuditEntry>> AuditAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The demo hook: stores ready demo approval records when the table is empty. Returns how many were written; 0 when
    /// records are already there.
    /// </summary>
    Task<int> SeedDemoAsync(IReadOnlyList<ApprovalRecord> records, string user, CancellationToken cancellationToken = default);
}
