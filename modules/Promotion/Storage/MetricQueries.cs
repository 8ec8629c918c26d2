using Microsoft.EntityFrameworkCore;
using Reserve.Promotion.Charts;
using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;

namespace Reserve.Promotion.Storage;

/// <summary>
/// The 招商 metrics and the funds chart as GROUP BY queries over <see cref="DealFact"/> rows, so a dashboard reads a
/// few rows per group whatever the number of deals. They give what <see cref="PromotionMetrics.Compute"/> gives over
/// the same deals (the tests hold the two together): a deal counts when its stage span holding at the end of the
/// as-of day is 签约 or later, with the check span holding then and the funds arrived by then.
/// </summary>
internal static class MetricQueries
{
    /// <summary>A deal reduced to what a metric row needs: its group and its contract amount.</summary>
    private sealed class Keyed
    {
        public long Id { get; init; }
        public string? Key { get; init; }
        public decimal Investment { get; init; }
    }

    public static async Task<MetricTable> TableAsync(PromotionDbContext db, MetricGrouping grouping, DateOnly asOf, string? department, CancellationToken cancellationToken)
    {
        var keyed = Keys(db, Scope(db, department), grouping);
        var stages = Holding(db, DealFactKind.Stage, asOf).Where(f => f.Value >= DealFact.Signed);
        var checks = Holding(db, DealFactKind.Check, asOf);
        var counted = await (
                from k in keyed
                join s in stages on k.Id equals s.DealId
                join c in checks on k.Id equals c.DealId into cs
                from c in cs.DefaultIfEmpty()
                select new { k.Key, k.Investment, Stage = s.Value, Check = c == null ? (int?)null : c.Value } into x
                group x by x.Key into g
                select new
                {
                    g.Key,
                    Signed = g.Count(),
                    Investment = g.Sum(x => x.Investment),
                    OnSchedule = g.Sum(x => x.Check == 1 ? 1 : 0),
                    NotAssessed = g.Sum(x => x.Check == null ? 1 : 0),
                    Landed = g.Sum(x => x.Stage >= (int)DealStage.Landed ? 1 : 0),
                    Started = g.Sum(x => x.Stage >= (int)DealStage.Started ? 1 : 0),
                    Producing = g.Sum(x => x.Stage >= (int)DealStage.Producing ? 1 : 0),
                })
            .ToListAsync(cancellationToken);
        var funds = await (
                from k in keyed
                join s in stages on k.Id equals s.DealId
                join f in db.Facts.Where(f => f.Kind == DealFactKind.Fund && f.From <= asOf) on k.Id equals f.DealId
                group f.Amount by k.Key into g
                select new { g.Key, Amount = g.Sum() })
            .ToListAsync(cancellationToken);
        var arrived = funds.ToDictionary(f => f.Key ?? "", f => f.Amount);
        var rows = counted
            .Select(c => new MetricRow(Name(c.Key, grouping), c.Signed, c.Investment, c.OnSchedule, c.NotAssessed, c.Landed, c.Started, c.Producing,
                arrived.GetValueOrDefault(c.Key ?? "")))
            .OrderByDescending(r => r.SignedInvestment)
            .ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();
        var total = new MetricRow("合计", rows.Sum(r => r.Signed), rows.Sum(r => r.SignedInvestment), rows.Sum(r => r.OnSchedule), rows.Sum(r => r.NotAssessed),
            rows.Sum(r => r.Landed), rows.Sum(r => r.Started), rows.Sum(r => r.Producing), rows.Sum(r => r.FundsArrived));
        return new MetricTable(asOf, grouping, rows, total);
    }

    /// <summary>
    /// Signed investment, cumulative funds arrived and 资金到位率 at each month's end from <paramref name="from"/> to
    /// <paramref name="to"/>. The database returns the dated changes (a signed span adds its deal's amount where it
    /// begins and takes it away where it ends; funds count from the later of their date and the span's start);
    /// the running sums over the months are taken here, over at most a few thousand dated rows.
    /// </summary>
    public static async Task<ChartData> FundsByMonthAsync(PromotionDbContext db, DateOnly from, DateOnly to, string? department, CancellationToken cancellationToken)
    {
        var deals = Scope(db, department);
        var signed = db.Facts.Where(f => f.Kind == DealFactKind.Stage && f.Value >= DealFact.Signed && (f.To == null || f.From < f.To));
        var spans = from s in signed join d in deals on s.DealId equals d.Id select new { s.From, s.To, d.ContractInvestment };
        var investment = new SortedDictionary<DateOnly, decimal>();
        foreach (var start in await spans.Where(s => s.From <= to).GroupBy(s => s.From).Select(g => new { g.Key, Sum = g.Sum(s => s.ContractInvestment) }).ToListAsync(cancellationToken))
        {
            Add(investment, start.Key, start.Sum);
        }
        foreach (var end in await spans.Where(s => s.To != null && s.To <= to).GroupBy(s => s.To!.Value).Select(g => new { g.Key, Sum = g.Sum(s => s.ContractInvestment) }).ToListAsync(cancellationToken))
        {
            Add(investment, end.Key, -end.Sum);
        }
        var counted = from f in db.Facts.Where(f => f.Kind == DealFactKind.Fund)
                      join s in signed on f.DealId equals s.DealId
                      join d in deals on f.DealId equals d.Id
                      where s.To == null || f.From < s.To
                      select new { Start = f.From > s.From ? f.From : s.From, s.To, f.Amount };
        var arrived = new SortedDictionary<DateOnly, decimal>();
        foreach (var start in await counted.Where(c => c.Start <= to).GroupBy(c => c.Start).Select(g => new { g.Key, Sum = g.Sum(c => c.Amount) }).ToListAsync(cancellationToken))
        {
            Add(arrived, start.Key, start.Sum);
        }
        foreach (var end in await counted.Where(c => c.To != null && c.To <= to).GroupBy(c => c.To!.Value).Select(g => new { g.Key, Sum = g.Sum(c => c.Amount) }).ToListAsync(cancellationToken))
        {
            Add(arrived, end.Key, -end.Sum);
        }
        return PromotionCharts.FundsChart(from, to, at => (Running(investment, at), Running(arrived, at)));
    }

    private static IQueryable<Deal> Scope(PromotionDbContext db, string? department) =>
        department is null ? db.Deals.AsNoTracking() : db.Deals.AsNoTracking().Where(d => d.Department == department);

    /// <summary>The spans of <paramref name="kind"/> holding at the end of <paramref name="asOf"/> (at most one per deal).</summary>
    private static IQueryable<DealFact> Holding(PromotionDbContext db, DealFactKind kind, DateOnly asOf) =>
        db.Facts.AsNoTracking().Where(f => f.Kind == kind && f.From <= asOf && (f.To == null || f.To > asOf));

    private static IQueryable<Keyed> Keys(PromotionDbContext db, IQueryable<Deal> deals, MetricGrouping grouping) => grouping switch
    {
        MetricGrouping.Department => deals.Select(d => new Keyed { Id = d.Id, Key = d.Department, Investment = d.ContractInvestment }),
        MetricGrouping.Industry => deals.Select(d => new Keyed { Id = d.Id, Key = d.Industry, Investment = d.ContractInvestment }),
        MetricGrouping.Park => deals.Select(d => new Keyed { Id = d.Id, Key = d.Park, Investment = d.ContractInvestment }),
        MetricGrouping.Method => deals.Select(d => new Keyed { Id = d.Id, Key = d.Method, Investment = d.ContractInvestment }),
        MetricGrouping.Chain => deals.Select(d => new Keyed { Id = d.Id, Key = d.Chain, Investment = d.ContractInvestment }),
        MetricGrouping.ChainLink => deals.Select(d => new Keyed { Id = d.Id, Key = d.ChainLink, Investment = d.ContractInvestment }),
        _ => from d in deals
             join e in db.Events on d.EventId equals (long?)e.Id into es
             from e in es.DefaultIfEmpty()
             select new Keyed { Id = d.Id, Key = e == null ? null : e.Name, Investment = d.ContractInvestment },
    };

    /// <summary>The row's name: the group's value, or what a deal without one is filed under.</summary>
    private static string Name(string? key, MetricGrouping grouping) => key ?? grouping switch
    {
        MetricGrouping.Park => PromotionMetrics.NoPark,
        MetricGrouping.Method => PromotionMetrics.NoMethod,
        MetricGrouping.Chain => PromotionMetrics.NoChain,
        MetricGrouping.ChainLink => PromotionMetrics.NoChainLink,
        _ => PromotionMetrics.NoEvent,
    };

    private static void Add(SortedDictionary<DateOnly, decimal> changes, DateOnly on, decimal amount) =>
        changes[on] = changes.GetValueOrDefault(on) + amount;

    private static decimal Running(SortedDictionary<DateOnly, decimal> changes, DateOnly at)
    {
        var sum = 0m;
        foreach (var (on, amount) in changes)
        {
            if (on > at)
            {
                break;
            }
            sum += amount;
        }
        return sum;
    }
}
