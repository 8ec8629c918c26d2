using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;

namespace Reserve.Funding.Storage;

internal sealed class FundingStore(IDbContextFactory<FundingDbContext> factory, TimeProvider clock) : IFundingLedger
{
    private const string Concurrent = "该台账记录刚被他人修改，请刷新后重试";

    public async Task<FundingOutcome> SaveAsync(FundingInput input, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (row, problems) = await StageAsync(db, input, actor, cancellationToken);
        if (problems.Count > 0)
        {
            return new FundingOutcome(null, problems);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new FundingOutcome(row!.ToEntry(), []);
        }
        catch (DbUpdateException e)
        {
            return new FundingOutcome(null, [DatabaseErrors.IsUniqueViolation(e) ? Duplicate(input) : Concurrent]);
        }
    }

    public async Task<IReadOnlyList<string>> ImportAsync(IReadOnlyList<(int Row, FundingInput Input)> rows, string actor, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var seen = new Dictionary<(int, string, string), int>();
        foreach (var (number, input) in rows)
        {
            var key = (input.Year, input.ProjectId.Trim(), input.Channel.Trim());
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add($"第{number}行：与第{first}行是同一项目、渠道和年度");
            }
            else
            {
                seen[key] = number;
            }
        }
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (number, input) in rows)
        {
            // An imported row updates the line of its project, channel and year whatever its version.
            var existing = await db.Lines.FirstOrDefaultAsync(l => l.Year == input.Year && l.ProjectId == input.ProjectId.Trim() && l.Channel == input.Channel.Trim(), cancellationToken);
            var (_, rowProblems) = await StageAsync(db, input with { Id = existing?.Id, ExpectedVersion = existing?.Version }, actor, cancellationToken);
            problems.AddRange(rowProblems.Select(p => $"第{number}行：{p}"));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return [];
        }
        catch (DbUpdateException)
        {
            return [Concurrent];
        }
    }

    public async Task<FundingEntry?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await db.Lines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken))?.ToEntry();
    }

    public async Task<(int Total, IReadOnlyList<FundingEntry> Entries)> ListAsync(FundingQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var lines = Filter(db.Lines.AsNoTracking(), query.Department);
        if (query.Channel is { } channel)
        {
            lines = lines.Where(l => l.Channel == channel);
        }
        if (query.Year is { } year)
        {
            lines = lines.Where(l => l.Year == year);
        }
        if (query.ProjectId is { } project)
        {
            lines = lines.Where(l => l.ProjectId == project);
        }
        var total = await lines.CountAsync(cancellationToken);
        var page = await lines.OrderByDescending(l => l.Year).ThenBy(l => l.ProjectId).ThenBy(l => l.Channel)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500)).ToListAsync(cancellationToken);
        return (total, page.Select(l => l.ToEntry()).ToList());
    }

    public async Task<IReadOnlyList<FundingSummaryRow>> SummaryAsync(FundingGrouping grouping, string? department = null, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var lines = Filter(db.Lines.AsNoTracking(), department);
        // The sums are the database's (GROUP BY … SUM), whatever the number of lines; only the two ratios of sums are taken here.
        var groups = grouping switch
        {
            FundingGrouping.Channel => await Sum(lines.GroupBy(l => l.Channel), cancellationToken),
            FundingGrouping.Department => await Sum(lines.GroupBy(l => l.Department), cancellationToken),
            _ => (await Sum(lines.GroupBy(l => l.Year), cancellationToken)).Select(r => r with { Key = r.Key + "年" }).ToList(),
        };
        return groups.OrderByDescending(r => r.Granted).ThenByDescending(r => r.Applied).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    private static async Task<List<FundingSummaryRow>> Sum<TKey>(IQueryable<IGrouping<TKey, FundingRow>> groups, CancellationToken cancellationToken) =>
        (await groups.Select(g => new
            {
                g.Key,
                Lines = g.Count(),
                Planned = g.Sum(l => l.Planned),
                Applied = g.Sum(l => l.AppliedAmount ?? 0m),
                Granted = g.Sum(l => l.GrantedAmount ?? 0m),
                Arrived = g.Sum(l => l.ArrivedAmount ?? 0m),
            }).ToListAsync(cancellationToken))
        .Select(g => new FundingSummaryRow(g.Key!.ToString()!, g.Lines, g.Planned, g.Applied, g.Granted, g.Arrived))
        .ToList();

    private static IQueryable<FundingRow> Filter(IQueryable<FundingRow> lines, string? department) =>
        department is null ? lines : lines.Where(l => l.Department == department);

    /// <summary>Checks the input and stages the row in the context (nothing is saved here).</summary>
    private async Task<(FundingRow? Row, IReadOnlyList<string> Problems)> StageAsync(FundingDbContext db, FundingInput input, string actor, CancellationToken cancellationToken)
    {
        var problems = FundingRules.Problems(input, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        FundingRow? row;
        if (input.Id is { } id)
        {
            row = await db.Lines.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
            if (row is null)
            {
                return (null, [$"没有编号为 {id} 的台账记录"]);
            }
            if (row.Version != input.ExpectedVersion)
            {
                return (null, [Concurrent]);
            }
        }
        else
        {
            if (await db.Lines.AnyAsync(l => l.Year == input.Year && l.ProjectId == input.ProjectId.Trim() && l.Channel == input.Channel.Trim(), cancellationToken))
            {
                return (null, [Duplicate(input)]);
            }
            row = new FundingRow();
            db.Lines.Add(row);
        }
        row.Take(input, actor, clock.GetUtcNow().UtcDateTime);
        return (row, []);
    }

    private static string Duplicate(FundingInput input) =>
        $"项目 {input.ProjectId} 在{input.Year}年度已有“{input.Channel}”的台账记录，请修改该记录";
}
