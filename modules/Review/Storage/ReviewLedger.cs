using Microsoft.EntityFrameworkCore;
using Reserve.Sdk.Projects;

namespace Reserve.Review.Storage;

internal sealed class ReviewLedger(IDbContextFactory<ReviewDbContext> factory, TimeProvider clock) : IReview
{
    private readonly DecisionStore _decisions = new(factory, clock);

    private const string Concurrent = "该记录刚被他人修改，请刷新后重试";

    public async Task<IReadOnlyList<DepartmentSubmission>> SubmissionsAsync(int year, IReadOnlyList<string> departments, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Submissions.AsNoTracking().Where(s => s.Year == year).ToDictionaryAsync(s => s.Department, cancellationToken);
        return departments.Select(d => rows.TryGetValue(d, out var row) ? row.ToSubmission() : Draft(year, d)).ToList();
    }

    public async Task<DepartmentSubmission> SubmissionAsync(int year, string department, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Year == year && s.Department == department, cancellationToken);
        return row?.ToSubmission() ?? Draft(year, department);
    }

    public async Task<ReviewOutcome> MoveAsync(int year, string department, SubmissionStatus to, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        if (to == SubmissionStatus.Returned && string.IsNullOrWhiteSpace(reason))
        {
            return ReviewOutcome.Refused("退回时必须填写退回理由");
        }
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Submissions.FirstOrDefaultAsync(s => s.Year == year && s.Department == department, cancellationToken);
        var from = row?.Status ?? SubmissionStatus.Draft;
        if (SubmissionTransitions.Problem(from, to) is { } problem)
        {
            return ReviewOutcome.Refused($"{department}：{problem}");
        }
        if (row is null)
        {
            row = new SubmissionRow { Year = year, Department = department };
            db.Submissions.Add(row);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        row.Status = to;
        row.UpdatedAtUtc = now;
        row.UpdatedBy = actor;
        row.Version++;
        if (to == SubmissionStatus.Submitted)
        {
            row.SubmittedAtUtc = now;
            row.SubmittedBy = actor;
            row.ReturnReason = null;
        }
        else if (to == SubmissionStatus.Returned)
        {
            row.ReturnReason = reason!.Trim();
        }
        db.Events.Add(new ReviewEventRow
        {
            Year = year, Department = department, Action = ZhNames<SubmissionStatus>.Of(to), Reason = reason?.Trim(), Actor = actor, AtUtc = now,
        });
        return await SaveAsync(db, cancellationToken);
    }

    public async Task<ReviewOutcome> DecideAsync(int year, string projectId, string department, ProjectReviewStatus decision, string? reason, string reviewer, CancellationToken cancellationToken = default)
    {
        if (decision == ProjectReviewStatus.Returned && string.IsNullOrWhiteSpace(reason))
        {
            return ReviewOutcome.Refused("退回时必须填写退回理由");
        }
        if (decision == ProjectReviewStatus.Pending)
        {
            return ReviewOutcome.Refused("审核结论只能是受理或退回修改");
        }
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await UpsertReviewAsync(db, projectId, department, decision, reason?.Trim(), reviewer, now, cancellationToken);
        db.Events.Add(new ReviewEventRow
        {
            Year = year, Department = department, ProjectId = projectId,
            Action = decision == ProjectReviewStatus.Accepted ? "受理项目" : "退回项目", Reason = reason?.Trim(), Actor = reviewer, AtUtc = now,
        });
        return await SaveAsync(db, cancellationToken);
    }

    public async Task MarkRevisedAsync(int year, string projectId, string department, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.ProjectReviews.FirstOrDefaultAsync(r => r.ProjectId == projectId, cancellationToken);
        if (row is not { Status: ProjectReviewStatus.Returned })
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        row.Status = ProjectReviewStatus.Pending;
        row.AtUtc = now;
        row.Version++;
        db.Events.Add(new ReviewEventRow { Year = year, Department = department, ProjectId = projectId, Action = "修改后重新报审", Actor = actor, AtUtc = now });
        await SaveAsync(db, cancellationToken);
    }

    public async Task<ProjectReview?> ReviewOfAsync(string projectId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.ProjectReviews.AsNoTracking().FirstOrDefaultAsync(r => r.ProjectId == projectId, cancellationToken);
        return row?.ToReview();
    }

    public async Task<IReadOnlyDictionary<string, ProjectReview>> ReviewsOfAsync(IReadOnlyCollection<string> projectIds, CancellationToken cancellationToken = default)
    {
        if (projectIds.Count == 0)
        {
            return new Dictionary<string, ProjectReview>();
        }
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ProjectReviews.AsNoTracking().Where(r => projectIds.Contains(r.ProjectId)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ProjectId, r => r.ToReview(), StringComparer.Ordinal);
    }

    public async Task<bool> DepartmentMayEditAsync(int year, string department, string? projectId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var status = await db.Submissions.Where(s => s.Year == year && s.Department == department).Select(s => (SubmissionStatus?)s.Status).FirstOrDefaultAsync(cancellationToken);
        if (SubmissionTransitions.DepartmentMayEdit(status ?? SubmissionStatus.Draft))
        {
            return true;
        }
        return projectId is not null
               && await db.ProjectReviews.AnyAsync(r => r.ProjectId == projectId && r.Status == ProjectReviewStatus.Returned, cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewEvent>> EventsAsync(string? department, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = db.Events.AsNoTracking();
        if (department is not null)
        {
            query = query.Where(e => e.Department == department);
        }
        var rows = await query.OrderByDescending(e => e.Id).Take(take).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToEvent()).ToList();
    }

    public async Task<IReadOnlyList<string>> AcceptedProjectsAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await _decisions.AcceptedAsync(db, year, cancellationToken);
    }

    public Task<ReviewOutcome> RecordDecisionAsync(GovernmentDecisionInput input, string actor, CancellationToken cancellationToken = default) =>
        _decisions.RecordAsync(input, actor, cancellationToken);

    public Task<GovernmentDecision?> DecisionAsync(int year, CancellationToken cancellationToken = default) => _decisions.FindAsync(year, cancellationToken);

    public async Task<ProjectDecision?> ProjectDecisionAsync(string projectId, CancellationToken cancellationToken = default) =>
        (await _decisions.OfProjectsAsync([projectId], cancellationToken)).GetValueOrDefault(projectId);

    public Task<IReadOnlyDictionary<string, ProjectDecision>> ProjectDecisionsAsync(IReadOnlyCollection<string> projectIds, CancellationToken cancellationToken = default) =>
        _decisions.OfProjectsAsync(projectIds, cancellationToken);

    private static async Task UpsertReviewAsync(ReviewDbContext db, string projectId, string department, ProjectReviewStatus status, string? reason, string reviewer, DateTime now, CancellationToken cancellationToken)
    {
        var row = await db.ProjectReviews.FirstOrDefaultAsync(r => r.ProjectId == projectId, cancellationToken);
        if (row is null)
        {
            row = new ProjectReviewRow { ProjectId = projectId };
            db.ProjectReviews.Add(row);
        }
        row.Department = department;
        row.Status = status;
        row.Reason = reason;
        row.Reviewer = reviewer;
        row.AtUtc = now;
        row.Version++;
    }

    private static async Task<ReviewOutcome> SaveAsync(ReviewDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ReviewOutcome.Done;
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict, or two first moves of the same submission inserting the same key.
            return ReviewOutcome.Refused(Concurrent);
        }
    }

    private static DepartmentSubmission Draft(int year, string department) => new(year, department, SubmissionStatus.Draft, null, null, null, null, null);
}
