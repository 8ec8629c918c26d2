using Reserve.Accounts;
using Reserve.Instructions.Notifications;
using Reserve.Review;

namespace Reserve.Instructions.Web.Reminders;

/// <summary>
/// The review's reminders: the reserve deadline 7, 3 and 1 days ahead to every department whose list is not yet in
/// (草稿 or 退回修改), and each project 发改委 returned in the last 30 days to its department.
/// </summary>
internal sealed class ReviewReminders(IReview review, ReviewCalendar calendar, IAccounts accounts) : IReminderSource
{
    /// <summary>The days before the deadline a department is reminded; each is one occasion.</summary>
    public static readonly int[] DaysAhead = [7, 3, 1];

    private const int ReturnedWithinDays = 30;
    private const int RecentEvents = 500;

    public async Task<IReadOnlyList<Reminder>> RemindersAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var reminders = new List<Reminder>();
        var year = calendar.ReserveYear(today);
        var deadline = calendar.Deadline(year);
        var left = deadline.DayNumber - today.DayNumber;
        // The nearest step reached: a department that signs in on day 5 is told of the 7-day step, on day 2 of the 3-day one.
        if (left >= 0 && DaysAhead.Where(d => left <= d).DefaultIfEmpty(-1).Min() is var step and > 0)
        {
            var departments = (await accounts.DepartmentsAsync(cancellationToken)).Where(d => d.Active).Select(d => d.Name).ToList();
            foreach (var submission in await review.SubmissionsAsync(year, departments, cancellationToken))
            {
                if (submission.Status is SubmissionStatus.Draft or SubmissionStatus.Returned)
                {
                    reminders.Add(new Reminder($"deadline:{year}:{step}:{submission.Department}", ReminderKind.ReserveDeadline,
                        $"{year} 年储备项目报送截止日为 {deadline:yyyy年M月d日}，还有 {left} 天；本部门清单尚未提交", "/submissions",
                        new ReminderAudience(Department: submission.Department)));
                }
            }
        }
        var since = today.AddDays(-ReturnedWithinDays).ToDateTime(TimeOnly.MinValue);
        foreach (var e in await review.EventsAsync(null, RecentEvents, cancellationToken))
        {
            if (e.ProjectId is { } projectId && e.Action == "退回项目" && e.AtUtc >= since)
            {
                reminders.Add(new Reminder($"returned:{e.Id}", ReminderKind.ProjectReturned,
                    $"项目 {projectId} 被退回修改：{e.Reason}", $"/projects/{projectId}", new ReminderAudience(Department: e.Department)));
            }
        }
        return reminders;
    }
}
