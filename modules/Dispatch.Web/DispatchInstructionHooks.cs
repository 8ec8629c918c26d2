using System.Globalization;
using Reserve.Instructions;
using Reserve.Instructions.Notifications;

namespace Reserve.Dispatch.Web;

/// <summary>The year's plan projects as what a leader's instruction can be written on (领导批示), found by id or name.</summary>
internal sealed class PlanProjectSubjects(IDispatchService dispatch, TimeProvider clock) : IInstructionSubjects
{
    public SubjectKind Kind => SubjectKind.PlanProject;

    public async Task<InstructionSubject?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var planId) && await dispatch.FindPlanProjectAsync(planId, cancellationToken) is { } stored
            ? Subject(stored.Item)
            : null;

    public async Task<IReadOnlyList<InstructionSubject>> SearchAsync(string? text, string? leaderName, int take, CancellationToken cancellationToken = default)
    {
        var year = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;
        // A 包抓领导 sees their own projects first; anyone else (or a leader with none) the whole plan.
        var projects = string.IsNullOrWhiteSpace(leaderName) ? [] : await dispatch.ListPlanProjectsAsync(year, leader: leaderName, cancellationToken: cancellationToken);
        if (projects.Count == 0)
        {
            projects = await dispatch.ListPlanProjectsAsync(year, cancellationToken: cancellationToken);
        }
        return projects.Where(p => string.IsNullOrWhiteSpace(text) || p.Item.Name.Contains(text.Trim(), StringComparison.Ordinal))
            .Take(take).Select(p => Subject(p.Item)).ToList();
    }

    private static InstructionSubject Subject(PlanProject p) =>
        new(SubjectKind.PlanProject, p.Id.ToString(CultureInfo.InvariantCulture), p.Name, p.Department, $"/dispatch/projects/{p.Id}");
}

/// <summary>调度未报: each plan project whose due period report is missing, to its department's clerks and to its 包抓领导.</summary>
internal sealed class MissingReportReminders(IDispatchService dispatch) : IReminderSource
{
    public async Task<IReadOnlyList<Reminder>> RemindersAsync(DateOnly today, CancellationToken cancellationToken = default) =>
        (await dispatch.MissingReportsAsync(today, cancellationToken)).Items.Select(m => new Reminder(
            $"report:{m.PlanProjectId}:{m.Period.Start:yyyyMMdd}", ReminderKind.MissingReport,
            $"“{m.ProjectName}”{m.Period.Start:M月d日}—{m.Period.End:M月d日}的调度报告{(m.Overdue ? "已逾期未报" : "尚未报送")}（应于 {m.DueDate:yyyy-MM-dd} 前报送）",
            $"/dispatch/projects/{m.PlanProjectId}", new ReminderAudience(Department: m.Department, LeaderName: string.IsNullOrWhiteSpace(m.Leader) ? null : m.Leader))).ToList();
}
