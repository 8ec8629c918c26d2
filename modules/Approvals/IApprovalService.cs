using Reserve.Approvals.Calendar;
using Reserve.Approvals.Charts;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Approvals.Summaries;

namespace Reserve.Approvals;

/// <summary>
/// The public face of 审批服务 for pages, HTTP routes, reminders and the command line. A record is read as of a date
/// (today from the injected <see cref="TimeProvider"/> when none is given): its due date (stored, kept current with
/// the working-day calendar), whether it runs past its limit, and its commitments' states. Lists are paged and
/// summaries counted by the database. Every change names the user (for the audit) and, for an existing record, the
/// version it was read at: a stale change is refused with a conflict message. Bad input comes back as Chinese
/// <see cref="Problem"/>s and nothing is written. Statutory limits: <see cref="StatutoryLimits.All"/>. The
/// department a user may see is the caller's to decide (a null department means all).
/// </summary>
public interface IApprovalService
{
    Task<ApprovalView?> FindAsync(long id, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    Task<ApprovalPage> ListAsync(ApprovalQuery query, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The /approvals page in one read: the page of <paramref name="query"/> and the summaries by department and by
    /// item over its department (null: all), as <see cref="ListAsync"/> and <see cref="SummaryAsync"/> give them, from
    /// one check of the change stamp on one connection.
    /// </summary>
    Task<ApprovalOverview> OverviewAsync(ApprovalQuery query, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>The project with its pre-work items, each with its approval record when one is kept; null when there is no such project.</summary>
    Task<ApprovalProject?> CandidatesAsync(string projectId, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>Opens the record of one pre-work item of a reserve project (the item must be on the project's pre-work list).</summary>
    Task<Outcome<ApprovalView>> OpenAsync(ApprovalDraft draft, string user, CancellationToken cancellationToken = default);

    Task<Outcome<ApprovalView>> UpdateAsync(long id, ApprovalDraft draft, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>Records the completion (办结) and the 批复文号.</summary>
    Task<Outcome<ApprovalView>> CompleteAsync(long id, DateOnly completedOn, string? docNumber, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>Records that commitment number <paramref name="commitmentIndex"/> (0-based) was fulfilled on <paramref name="fulfilledOn"/>.</summary>
    Task<Outcome<ApprovalView>> FulfilCommitmentAsync(long id, int commitmentIndex, DateOnly fulfilledOn, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>Opens a 联审联批 / 多评合一 joint review of several pre-work items of one project, one record per item.</summary>
    Task<Outcome<JointReviewView>> OpenJointReviewAsync(JointReviewDraft draft, string user, CancellationToken cancellationToken = default);

    Task<JointReviewView?> FindJointReviewAsync(long id, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>Changes a joint review's acceptance date, completion, lead department, 不见面审批 mark or note; its items follow.</summary>
    Task<Outcome<JointReviewView>> UpdateJointReviewAsync(long id, JointReviewChange change, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Approvals in hand whose due date is at most <paramref name="days"/> calendar days after <paramref name="asOf"/>,
    /// those already past it included, earliest due first (at most <paramref name="take"/>); of one department, or all
    /// when <paramref name="department"/> is null. For reminders.
    /// </summary>
    Task<IReadOnlyList<ApprovalDue>> DueSoonAsync(string? department, DateOnly asOf, int days, int take = 200, CancellationToken cancellationToken = default);

    /// <summary>Approvals past their limit and commitments past their due date, as of <paramref name="asOf"/>.</summary>
    Task<ApprovalFlags> FlagsAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>Counts by state per department or item, of one department or all (null).</summary>
    Task<ApprovalSummary> SummaryAsync(SummaryGrouping grouping, DateOnly? asOf = null, string? department = null, CancellationToken cancellationToken = default);

    /// <summary>Approvals by state per group, as a stacked bar chart.</summary>
    Task<ChartData> StatesChartAsync(SummaryGrouping grouping, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>Commitments by state per group, as a stacked bar chart.</summary>
    Task<ChartData> CommitmentsChartAsync(SummaryGrouping grouping, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>The years whose holiday arrangement is in the calendar, with the notice each follows.</summary>
    Task<IReadOnlyList<CalendarYear>> CalendarYearsAsync(CancellationToken cancellationToken = default);

    /// <summary>The holidays and make-up working days of <paramref name="year"/>.</summary>
    Task<IReadOnlyList<CalendarEntry>> CalendarAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a day as a holiday (<c>IsWorkday</c> false) or a make-up working day (true, weekends only);
    /// <paramref name="expectedVersion"/> is the day's version as read (0: no entry yet). Due dates move with it.
    /// </summary>
    Task<CalendarChange> SetCalendarDayAsync(CalendarDay day, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>Takes a day's entry away: it counts by its weekday again.</summary>
    Task<CalendarChange> RemoveCalendarDayAsync(DateOnly date, int expectedVersion, string user, CancellationToken cancellationToken = default);

    /// <summary>Reads a year's arrangement from an XLSX sheet (<see cref="CalendarSheet"/>) without storing anything.</summary>
    CalendarImportPreview PreviewCalendarImport(Stream xlsx, int year);

    /// <summary>Replaces the year's arrangement with the sheet's, or stores nothing when the sheet has any problem.</summary>
    Task<CalendarChange> ImportCalendarAsync(Stream xlsx, int year, CalendarNotice notice, string user, CancellationToken cancellationToken = default);

    /// <summary>Loads the shipped arrangements of years not in the calendar yet (at start, after the migrations).</summary>
    Task<int> EnsureShippedCalendarAsync(string user, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApprovalAuditEntry>> AuditAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the records hold something and the joint reviews either do too or the demo has tried them already (every
    /// draft refused: their items were recorded before), so that neither demo hook would store anything: look-ups of
    /// one row, asked before any demo data is generated.
    /// </summary>
    Task<bool> HoldsRecordsAndJointReviewsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The demo hook: stores ready demo approval records when the table is empty, their due dates from the calendar.
    /// Returns how many were written; 0 when records are already there.
    /// </summary>
    Task<int> SeedDemoAsync(IReadOnlyList<ApprovalRecord> records, string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// The province-scale benchmark's hook: stores demo records whatever the table holds, leaving out items already
    /// recorded, their due dates from the calendar. Returns how many were written.
    /// </summary>
    Task<int> AppendDemoAsync(IReadOnlyList<ApprovalRecord> records, string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// The demo hook for joint reviews: when there are none yet, opens each draft as <see cref="OpenJointReviewAsync"/>
    /// does (checked and audited), skipping one that is refused (its items already recorded), and notes in the audit that
    /// the demo ran, even when all were refused. Returns how many were opened.
    /// </summary>
    Task<int> SeedDemoJointReviewsAsync(IReadOnlyList<JointReviewDraft> drafts, string user, CancellationToken cancellationToken = default);
}
