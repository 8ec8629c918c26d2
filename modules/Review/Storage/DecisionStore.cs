using Microsoft.EntityFrameworkCore;
using Reserve.Sdk.Projects;

namespace Reserve.Review.Storage;

/// <summary>The government's decisions: recorded whole or not at all, one per year, each with its review event.</summary>
internal sealed class DecisionStore(IDbContextFactory<ReviewDbContext> factory, TimeProvider clock)
{
    public const string Government = "市人民政府";
    private const string AcceptedAction = "受理项目";

    public async Task<IReadOnlyList<string>> AcceptedAsync(ReviewDbContext db, int year, CancellationToken cancellationToken) =>
        await db.ProjectReviews.AsNoTracking()
            .Where(r => r.Status == ProjectReviewStatus.Accepted
                        && db.Events.Any(e => e.Year == year && e.ProjectId == r.ProjectId && e.Action == AcceptedAction))
            .OrderBy(r => r.ProjectId)
            .Select(r => r.ProjectId)
            .ToListAsync(cancellationToken);

    public async Task<ReviewOutcome> RecordAsync(GovernmentDecisionInput input, string actor, CancellationToken cancellationToken)
    {
        var removed = Clean(input.Removed);
        var added = Clean(input.Added);
        input = input with { Removed = removed, Added = added, DocNumber = input.DocNumber?.Trim(), Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim() };
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var accepted = (await AcceptedAsync(db, input.Year, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var problems = DecisionRules.Problems(input, today, accepted);
        if (problems.Count > 0)
        {
            return ReviewOutcome.Refused(string.Join("；", problems));
        }

        var row = await db.Decisions.FirstOrDefaultAsync(d => d.Year == input.Year, cancellationToken);
        if (row?.Version != input.ExpectedVersion)
        {
            return ReviewOutcome.Refused(row is null
                ? "该年度的审定结果已被删除或尚未记录，请刷新后重试"
                : $"{input.Year}年度的审定结果刚被{row.RecordedBy}修改，请刷新后重试");
        }
        if (row is null)
        {
            row = new DecisionRow { Year = input.Year };
            db.Decisions.Add(row);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        row.Verdict = input.Verdict;
        row.Date = input.Date;
        row.DocNumber = input.DocNumber!;
        row.Note = input.Note;
        row.RecordedBy = actor;
        row.RecordedAtUtc = now;
        row.Version++;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.DecisionProjects.Where(d => d.Year == input.Year).ExecuteDeleteAsync(cancellationToken);
        db.DecisionProjects.AddRange(accepted.Except(removed).Select(id => new DecisionProjectRow { Year = input.Year, ProjectId = id, Effect = DecisionEffect.Approved }));
        db.DecisionProjects.AddRange(removed.Select(id => new DecisionProjectRow { Year = input.Year, ProjectId = id, Effect = DecisionEffect.Removed }));
        db.DecisionProjects.AddRange(added.Select(id => new DecisionProjectRow { Year = input.Year, ProjectId = id, Effect = DecisionEffect.Added }));
        db.Events.Add(new ReviewEventRow
        {
            Year = input.Year,
            Department = Government,
            Action = "市政府" + ZhNames<GovernmentVerdict>.Of(input.Verdict),
            Reason = Truncate($"{Reserve.Sdk.Formatting.ZhFormat.Date(input.Date)} {input.DocNumber}；审定通过{accepted.Count - removed.Count}个" +
                              (removed.Count > 0 ? $"，调出{string.Join("、", removed)}" : "") +
                              (added.Count > 0 ? $"，增列{string.Join("、", added)}" : "")),
            Actor = actor,
            AtUtc = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return ReviewOutcome.Done;
        }
        catch (DbUpdateException)
        {
            return ReviewOutcome.Refused($"{input.Year}年度的审定结果刚被他人记录，请刷新后重试");
        }
    }

    public async Task<GovernmentDecision?> FindAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Year == year, cancellationToken);
        if (row is null)
        {
            return null;
        }
        var projects = await db.DecisionProjects.AsNoTracking().Where(d => d.Year == year && d.Effect != DecisionEffect.Approved)
            .OrderBy(d => d.ProjectId).ToListAsync(cancellationToken);
        var approved = await db.DecisionProjects.CountAsync(d => d.Year == year && d.Effect == DecisionEffect.Approved, cancellationToken);
        return new GovernmentDecision(row.Year, row.Verdict, row.Date, row.DocNumber,
            projects.Where(p => p.Effect == DecisionEffect.Removed).Select(p => p.ProjectId).ToList(),
            projects.Where(p => p.Effect == DecisionEffect.Added).Select(p => p.ProjectId).ToList(),
            approved, row.Note, row.RecordedBy, row.RecordedAtUtc, row.Version);
    }

    public async Task<IReadOnlyDictionary<string, ProjectDecision>> OfProjectsAsync(IReadOnlyCollection<string> projectIds, CancellationToken cancellationToken)
    {
        if (projectIds.Count == 0)
        {
            return new Dictionary<string, ProjectDecision>();
        }
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await (from p in db.DecisionProjects.AsNoTracking()
                          join d in db.Decisions.AsNoTracking() on p.Year equals d.Year
                          where projectIds.Contains(p.ProjectId)
                          select new { p.Year, p.ProjectId, p.Effect, d.Verdict, d.Date, d.DocNumber })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ProjectId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.Year).First())
            .ToDictionary(r => r.ProjectId, r => new ProjectDecision(r.Year, r.ProjectId, r.Effect, r.Verdict, r.Date, r.DocNumber), StringComparer.Ordinal);
    }

    private static List<string> Clean(IReadOnlyList<string> ids) =>
        ids.Select(id => id.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string Truncate(string s) => s.Length <= 500 ? s : s[..499] + "…";
}
