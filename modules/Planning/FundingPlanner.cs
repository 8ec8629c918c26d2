using System.Diagnostics;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Planning.Allocation;
using Reserve.Planning.NearMisses;
using Reserve.Planning.Windows;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Planning;

/// <summary>
/// Plans the reserve's funding across channels: matches every project against every active channel, takes
/// each usable pair with the channel's estimate, allocates exactly under the quotas and stacking rules,
/// dates each allocation from the channel's application windows, and finds what would bring the rest in.
/// </summary>
public sealed class FundingPlanner(MatchEngine engine)
{
    public MatchEngine Engine { get; } = engine;

    public FundingPlan Plan(IReadOnlyList<ProjectRecord> projects, PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(request);
        var channels = Engine.Catalog.Channels;
        var quotas = QuotaUnits(channels, request.Quotas);

        var watch = Stopwatch.StartNew();
        var batch = Engine.Evaluate(projects, request.AsOf, request.Workers);
        var candidates = CandidateCollector.Collect(batch, request);
        var matchSeconds = watch.Elapsed.TotalSeconds;

        var families = channels.Select(c => ChannelFamily.Of(c.Definition)).ToList();
        var planned = families.ToHashSet();
        var limits = projects.Select(p => ProjectLimits.Of(p, planned)).ToList();
        var weights = candidates.Select(c => request.Objective == PlanObjective.Priority ? c.Priority : 1).ToList();
        var problem = new AllocationProblem(candidates, families, quotas, limits, weights);

        var greedy = GreedyAllocator.Solve(problem);
        var exact = CpSatAllocator.Solve(problem, request.TimeLimit, request.Workers, greedy);

        watch.Restart();
        var examined = request.FindNearMisses ? NearMissFinder.WorthExamining(batch, request.NearMissProjects) : [];
        var nearMisses = examined.Count > 0 ? new NearMissFinder(Engine).Find(batch, examined) : [];
        var nearMissSeconds = watch.Elapsed.TotalSeconds;

        var allocations = Allocations(projects, channels, candidates, exact.Amounts, request.AsOf);
        var uses = channels.Select((c, i) => new ChannelQuotaUse(
                c.Id, c.Definition.Name, request.Quotas.TryGetValue(c.Id, out var q) ? q : null,
                allocations.Where(a => a.ChannelId == c.Id).Sum(a => a.Amount),
                allocations.Count(a => a.ChannelId == c.Id)))
            .ToList();
        return new FundingPlan(
            request.AsOf,
            request.Objective,
            exact.Status,
            MoneyUnits.ToWan(exact.Amounts.Sum()),
            MoneyUnits.ToWan(exact.Objective),
            MoneyUnits.ToWan(exact.Bound),
            allocations,
            uses,
            nearMisses,
            new PlanStatistics(projects.Count, channels.Count, candidates.Count,
                MoneyUnits.ToWan(greedy.Amounts.Sum()), MoneyUnits.ToWan(greedy.Objective), examined.Count,
                matchSeconds, exact.Seconds, nearMissSeconds));
    }

    private static List<long?> QuotaUnits(IReadOnlyList<ActiveChannel> channels, IReadOnlyDictionary<string, decimal> quotas)
    {
        foreach (var (id, amount) in quotas)
        {
            if (channels.All(c => c.Id != id))
            {
                throw new PlanInputException($"额度中的渠道“{id}”不在已启用的渠道中（可用：{string.Join("、", channels.Select(c => c.Id))}）");
            }
            if (amount < 0m)
            {
                throw new PlanInputException($"渠道“{id}”的额度 {amount} 万元为负数，额度须大于或等于 0");
            }
        }
        return channels.Select(c => quotas.TryGetValue(c.Id, out var q) ? MoneyUnits.Floor(q) : (long?)null).ToList();
    }

    private static List<PlanAllocation> Allocations(
        IReadOnlyList<ProjectRecord> projects, IReadOnlyList<ActiveChannel> channels, IReadOnlyList<PlanCandidate> candidates, long[] amounts, DateOnly asOf)
    {
        var windows = channels.Select(c => ApplicationCalendar.For(c, asOf)).ToList();
        var result = new List<PlanAllocation>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (amounts[i] <= 0)
            {
                continue;
            }
            var c = candidates[i];
            var project = projects[c.Project];
            var channel = channels[c.Channel];
            result.Add(new PlanAllocation(
                project.Id ?? $"#{c.Project + 1}", project.Name, channel.Id, channel.Definition.Name,
                MoneyUnits.ToWan(amounts[i]), c.Estimate, c.Basis, c.Verdict, c.Missing, c.Priority, windows[c.Channel]));
        }
        return result
            .OrderBy(a => a.Window?.Opens ?? DateOnly.MaxValue)
            .ThenBy(a => a.ChannelId, StringComparer.Ordinal)
            .ThenByDescending(a => a.Amount)
            .ThenBy(a => a.ProjectId, StringComparer.Ordinal)
            .ToList();
    }
}
