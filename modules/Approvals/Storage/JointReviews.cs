using Microsoft.EntityFrameworkCore;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Projects;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Storage;

/// <summary>The checks and reads of 联审联批 / 多评合一 joint reviews; the service stores what they compose.</summary>
internal static class JointReviews
{
    public const int MinItems = 2;

    /// <summary>The review and one record per item, or the problems (every item's, named by the item).</summary>
    public static async Task<(JointReview Review, List<ApprovalRecord> Items, List<Problem> Problems)> ComposeAsync(
        ApprovalsDbContext db, IProjectReserve reserve, JointReviewDraft draft, DateOnly today, CancellationToken cancellationToken)
    {
        var review = new JointReview
        {
            Kind = draft.Kind,
            ProjectId = draft.ProjectId.Trim(),
            LeadAuthority = Clean(draft.LeadAuthority),
            AppliedOn = draft.AppliedOn,
            Remote = draft.Remote,
            Note = Clean(draft.Note),
        };
        var problems = new List<Problem>();
        var kinds = draft.Items.Select(i => i.Item).ToList();
        if (kinds.Distinct().Count() < MinItems)
        {
            problems.Add(new Problem("事项", $"{ZhNames<JointReviewKind>.Of(draft.Kind)}至少包括{MinItems}个不同的前期工作事项"));
        }
        else if (kinds.Count != kinds.Distinct().Count())
        {
            problems.Add(new Problem("事项", $"“{ZhNames<PreWorkKind>.Of(kinds.GroupBy(k => k).First(g => g.Count() > 1).Key)}”选了两次"));
        }
        problems.AddRange(await ProjectProblemsAsync(db, reserve, review.ProjectId, kinds.Distinct().ToList(), cancellationToken));
        var items = new List<ApprovalRecord>();
        foreach (var item in draft.Items)
        {
            var record = new ApprovalRecord();
            new ApprovalDraft
            {
                ProjectId = review.ProjectId, Item = item.Item, Authority = item.Authority, AppliedOn = draft.AppliedOn, Basis = item.Basis,
                StatutoryLimitId = item.StatutoryLimitId, LimitDays = item.LimitDays, Counting = item.Counting, Remote = draft.Remote,
            }.ApplyTo(record);
            var name = ZhNames<PreWorkKind>.Of(item.Item);
            problems.AddRange(ApprovalRules.Check(record, today)
                .Select(p => p.Field == "受理日期" ? p : p with { Field = $"{name}：{p.Field}" }));
            items.Add(record);
        }
        problems = problems.Distinct().ToList();
        if (problems.Count == 0 && await reserve.FindAsync(review.ProjectId, cancellationToken) is { } project)
        {
            review.ProjectName = project.Record.Name;
            review.Department = project.Record.Department;
            items.ForEach(i => (i.ProjectName, i.Department) = (project.Record.Name, project.Record.Department));
        }
        return (review, items, problems);
    }

    /// <summary>The project must be in the reserve with every item on its pre-work list, and none of the items tracked yet.</summary>
    public static async Task<List<Problem>> ProjectProblemsAsync(ApprovalsDbContext db, IProjectReserve reserve, string projectId, IReadOnlyList<PreWorkKind> items, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(projectId))
        {
            return [new Problem("储备编号", "必填，不能为空")];
        }
        if (await reserve.FindAsync(projectId, cancellationToken) is not { } project)
        {
            return [new Problem("储备编号", $"储备库中没有编号为 {projectId} 的项目")];
        }
        var problems = new List<Problem>();
        foreach (var item in items.Where(i => project.Record.FindPreWork(i) is null))
        {
            problems.Add(new Problem("前期工作事项", $"项目 {projectId}“{project.Record.Name}”的前期工作清单中没有“{ZhNames<PreWorkKind>.Of(item)}”，请先在储备项目中补充该事项"));
        }
        var existing = await db.Records.AsNoTracking().Where(r => r.ProjectId == projectId && items.Contains(r.Item)).Select(r => new { r.Id, r.Item }).ToListAsync(cancellationToken);
        foreach (var e in existing)
        {
            problems.Add(new Problem("前期工作事项", $"项目 {projectId} 的“{ZhNames<PreWorkKind>.Of(e.Item)}”已有办理记录（编号 {e.Id}），请修改该记录"));
        }
        return problems;
    }

    public static async Task<JointReviewView?> ReadAsync(ApprovalsDbContext db, long id, DateOnly asOf, CancellationToken cancellationToken)
    {
        var row = await db.JointReviews.AsNoTracking().Where(j => j.Id == id)
            .Select(j => new { Review = j, Version = EF.Property<int>(j, ApprovalsDbContext.VersionProperty) })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var items = await ApprovalReads.ViewsAsync(db.Records.Where(r => r.JointReviewId == id).OrderBy(r => r.Id), asOf, cancellationToken);
        var completed = row.Review.CompletedOn is { } c && c <= asOf ? c : (DateOnly?)null;
        var past = Math.Max(0, (completed ?? asOf).DayNumber - row.Review.DueOn.DayNumber);
        var state = (completed, past) switch
        {
            (null, 0) => ApprovalState.InProgress,
            (null, _) => ApprovalState.Overdue,
            (_, 0) => ApprovalState.CompletedOnTime,
            _ => ApprovalState.CompletedLate,
        };
        return new JointReviewView(row.Review, row.Version, asOf, state, past, items);
    }

    /// <summary>Applies a change to the review and its items (one acceptance date; the review's completion completes the items not completed yet).</summary>
    public static List<Problem> Apply(JointReview review, List<ApprovalRecord> members, JointReviewChange change, DateOnly today)
    {
        var problems = new List<Problem>();
        if (change.AppliedOn == default)
        {
            problems.Add(new Problem("受理日期", "必填"));
        }
        else if (change.AppliedOn > today)
        {
            problems.Add(new Problem("受理日期", $"{ZhFormat.Date(change.AppliedOn)}晚于今天（{ZhFormat.Date(today)}）"));
        }
        if (change.CompletedOn is { } done && done < change.AppliedOn)
        {
            problems.Add(new Problem("办结日期", $"{ZhFormat.Date(done)}早于受理日期{ZhFormat.Date(change.AppliedOn)}"));
        }
        else if (change.CompletedOn > today)
        {
            problems.Add(new Problem("办结日期", $"{ZhFormat.Date(change.CompletedOn.Value)}晚于今天（{ZhFormat.Date(today)}）"));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        var previousCompletion = review.CompletedOn;
        review.AppliedOn = change.AppliedOn;
        review.CompletedOn = change.CompletedOn;
        review.LeadAuthority = Clean(change.LeadAuthority);
        review.Remote = change.Remote;
        review.Note = Clean(change.Note);
        foreach (var member in members)
        {
            member.AppliedOn = change.AppliedOn;
            member.Remote = change.Remote;
            if (member.CompletedOn is null || member.CompletedOn == previousCompletion)
            {
                member.CompletedOn = change.CompletedOn;
            }
            problems.AddRange(ApprovalRules.Check(member, today).Select(p => p with { Field = $"{ZhNames<PreWorkKind>.Of(member.Item)}：{p.Field}" }));
        }
        return problems;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
