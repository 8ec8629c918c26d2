using Microsoft.EntityFrameworkCore;
using Reserve.Approvals.Records;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Storage;

/// <summary>How records are filtered and read into views: the filters in SQL, then one page read with its commitments in order.</summary>
internal static class ApprovalReads
{
    public static IQueryable<ApprovalRecord> Filter(IQueryable<ApprovalRecord> records, ApprovalQuery query, DateOnly asOf)
    {
        var q = records;
        if (!string.IsNullOrWhiteSpace(query.ProjectId))
        {
            q = q.Where(r => r.ProjectId == query.ProjectId);
        }
        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            q = q.Where(r => r.Department == query.Department);
        }
        if (query.Item is { } item)
        {
            q = q.Where(r => r.Item == item);
        }
        if (query.JointReviewId is { } joint)
        {
            q = q.Where(r => r.JointReviewId == joint);
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            // The item is stored by its English name: the Chinese words are matched here, over the dozen kinds.
            var items = Enum.GetValues<PreWorkKind>().Where(k => ZhNames<PreWorkKind>.Of(k).Contains(text, StringComparison.Ordinal)).ToList();
            q = q.Where(r => r.ProjectName.Contains(text) || r.ProjectId.Contains(text) || items.Contains(r.Item));
        }
        if (query.FlaggedOnly)
        {
            q = q.Where(r => ((r.CompletedOn == null || r.CompletedOn > asOf) && r.DueOn < asOf)
                             || r.Commitments.Any(c => c.MadeOn <= asOf && (c.FulfilledOn == null || c.FulfilledOn > asOf) && c.DueOn < asOf));
        }
        return q;
    }

    /// <summary>The records of <paramref name="records"/> (already ordered and paged) as views, in the same order.</summary>
    public static async Task<List<ApprovalView>> ViewsAsync(IQueryable<ApprovalRecord> records, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = await records.AsNoTracking()
            .Select(r => new
            {
                Record = r,
                Version = EF.Property<int>(r, ApprovalsDbContext.VersionProperty),
                Commitments = r.Commitments.OrderBy(c => EF.Property<long>(c, "Id")).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            r.Record.Commitments = r.Commitments;
            return ApprovalView.Of(r.Record, r.Version, asOf);
        }).ToList();
    }
}
