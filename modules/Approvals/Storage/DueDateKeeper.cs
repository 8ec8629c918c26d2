using Microsoft.EntityFrameworkCore;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;

namespace Reserve.Approvals.Storage;

/// <summary>
/// Keeps the stored due dates (<see cref="ApprovalRecord.DueOn"/>, <see cref="JointReview.DueOn"/>) current when the
/// working-day calendar changes, so that lists and summaries can be counted by the database. Records sharing an
/// acceptance date and a limit share a due date, so each such group is one UPDATE (a few hundred at most after a
/// day's change, however many records there are).
/// </summary>
internal static class DueDateKeeper
{
    public static async Task<WorkCalendar> CalendarAsync(ApprovalsDbContext db, CancellationToken cancellationToken) =>
        new((await db.Calendar.AsNoTracking().ToListAsync(cancellationToken)).Select(c => new CalendarDay(c.Date, c.IsWorkday, c.Note)));

    /// <summary>After the days <paramref name="from"/>…<paramref name="to"/> changed: every working-day limit that runs over them.</summary>
    public static Task<int> RecomputeAsync(ApprovalsDbContext db, WorkCalendar calendar, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        RecomputeAsync(db, calendar, db.Records.Where(r => r.Counting == DayCounting.WorkingDays && r.AppliedOn < to && r.DueOn >= from),
            db.JointReviews.Where(j => j.AppliedOn < to && j.DueOn >= from), cancellationToken);

    /// <summary>Records stored before due dates were kept (their due date is still the column's default).</summary>
    public static Task<int> FillMissingAsync(ApprovalsDbContext db, WorkCalendar calendar, CancellationToken cancellationToken) =>
        RecomputeAsync(db, calendar, db.Records.Where(r => r.DueOn == default), db.JointReviews.Where(j => j.DueOn == default), cancellationToken);

    private static async Task<int> RecomputeAsync(ApprovalsDbContext db, WorkCalendar calendar, IQueryable<ApprovalRecord> records, IQueryable<JointReview> reviews, CancellationToken cancellationToken)
    {
        var changed = 0;
        var single = records.Where(r => r.JointReviewId == null);
        var groups = await single.Select(r => new { r.AppliedOn, Days = r.LimitDays + r.ExtensionDays, r.Counting }).Distinct().ToListAsync(cancellationToken);
        foreach (var g in groups)
        {
            var due = calendar.DueDate(g.AppliedOn, g.Days, g.Counting);
            changed += await single
                .Where(r => r.AppliedOn == g.AppliedOn && r.LimitDays + r.ExtensionDays == g.Days && r.Counting == g.Counting && r.DueOn != due)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.DueOn, due), cancellationToken);
        }
        foreach (var review in await reviews.ToListAsync(cancellationToken))
        {
            var members = await db.Records.Where(r => r.JointReviewId == review.Id).ToListAsync(cancellationToken);
            var due = JointReviewRule.DueOn(review.AppliedOn, members, calendar);
            if (due != review.DueOn || members.Any(m => m.DueOn != due))
            {
                review.DueOn = due;
                members.ForEach(m => m.DueOn = due);
                changed += members.Count;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
