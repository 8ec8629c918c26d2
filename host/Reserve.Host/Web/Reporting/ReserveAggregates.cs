using Reserve.Channels;
using Reserve.Matching;
using Reserve.Projects;
using Reserve.Sdk.Projects;

namespace Reserve.Host.Web.Reporting;

/// <summary>
/// The reserve summed up by department, channel, field and 两新一重 tag (amounts in 万元), over every
/// department or one. Computed from light columns in memory: tens of thousands of projects take
/// milliseconds, and the same figures feed the dashboard, the 汇总 page and the API.
/// </summary>
internal sealed class ReserveAggregates(IProjectReserve reserve, IMatchResults results, ChannelCatalog catalog)
{
    private const string ComputedMark = "（系统）";

    public async Task<AggregateReport> BuildAsync(string? department, CancellationToken cancellationToken)
    {
        var projects = await reserve.SummariesAsync(department, cancellationToken);
        var verdicts = await results.VerdictsAsync(cancellationToken);
        var byId = projects.ToDictionary(p => p.Id, StringComparer.Ordinal);

        var byDepartment = Group(projects, p => [p.Department]);
        var byField = Group(projects, p => [p.Field is { } f ? ZhNames<ProjectField>.Of(f) : "未填写"]);
        var byTag = Group(projects, p => p.Tags.Where(t => t.EndsWith(ComputedMark, StringComparison.Ordinal)).Select(t => t[..^ComputedMark.Length]).DefaultIfEmpty("未归入两新一重"));

        var channelRows = new List<ChannelAggregate>();
        var perChannel = verdicts.Where(v => byId.ContainsKey(v.ProjectId)).ToLookup(v => v.ChannelId, StringComparer.Ordinal);
        foreach (var channel in catalog.Channels)
        {
            var rows = perChannel[channel.Id].ToList();
            var eligible = rows.Where(r => r.Verdict == MatchVerdict.Eligible).ToList();
            channelRows.Add(new ChannelAggregate(
                channel.Id,
                channel.Definition.Name,
                eligible.Count,
                rows.Count(r => r.Verdict == MatchVerdict.NeedsInformation),
                rows.Count(r => r.Verdict == MatchVerdict.Ineligible),
                eligible.Sum(r => byId[r.ProjectId].TotalInvestment),
                eligible.Sum(r => r.EstimatedAmount ?? 0m)));
        }
        return new AggregateReport(projects.Count, projects.Sum(p => p.TotalInvestment), projects.Sum(p => p.AnnualPlan ?? 0m), byDepartment, byField, byTag, channelRows);
    }

    private static IReadOnlyList<GroupAggregate> Group(IReadOnlyList<ProjectSummary> projects, Func<ProjectSummary, IEnumerable<string>> keys) =>
        projects.SelectMany(p => keys(p).Select(k => (Key: k, Project: p)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => new GroupAggregate(g.Key, g.Count(), g.Sum(x => x.Project.TotalInvestment), g.Sum(x => x.Project.AnnualPlan ?? 0m)))
            .OrderByDescending(g => g.Investment)
            .ToList();
}

/// <summary>Projects and investment (万元) of one group.</summary>
internal sealed record GroupAggregate(string Name, int Projects, decimal Investment, decimal AnnualPlan);

/// <summary>One channel: how many projects fit, need information or do not fit; the investment of those that fit and the estimated funding.</summary>
internal sealed record ChannelAggregate(string ChannelId, string Name, int Eligible, int NeedsInformation, int Ineligible, decimal EligibleInvestment, decimal EstimatedFunding);

internal sealed record AggregateReport(
    int Projects,
    decimal Investment,
    decimal AnnualPlan,
    IReadOnlyList<GroupAggregate> ByDepartment,
    IReadOnlyList<GroupAggregate> ByField,
    IReadOnlyList<GroupAggregate> ByTag,
    IReadOnlyList<ChannelAggregate> ByChannel);
