using Reserve.Channels;
using Reserve.Matching;
using Reserve.Planning.Allocation;
using Reserve.Demo.Projects;
using Reserve.Sdk.Projects;
using Xunit;

namespace Reserve.Planning.Tests;

/// <summary>
/// The real channel plugins (artifacts/plugins, built by the solution) over generated demo projects: the plan
/// keeps every limit, is at least as good as the largest-first baseline, dates each allocation from its
/// plugin's manifest, and every near-miss it lists holds when its changes are applied and the engine runs again.
/// </summary>
public sealed class DemoReserveTests
{
    private static readonly Lazy<MatchEngine> Engine = new(() => new MatchEngine(ChannelsModule.LoadCatalog(Path.Combine(RepoRoot(), "artifacts", "plugins"))));
    private static readonly DateOnly AsOf = DemoProjects.DefaultAsOf;
    private static readonly IReadOnlyList<ProjectRecord> Reserve = DemoProjects.Generate(40);

    private static readonly Lazy<FundingPlan> Plan = new(() => new FundingPlanner(Engine.Value).Plan(Reserve, new PlanRequest(AsOf, new Dictionary<string, decimal>
    {
        ["special-bonds"] = 20000m,
        ["central-budget.water"] = 3000m,
        ["ultra-long-bonds"] = 5000m,
    })
    { Workers = 1, IncludeNeedsInformation = true }));

    [Fact]
    public void Every_channel_is_loaded_and_the_plan_is_proved_at_least_as_good_as_largest_first()
    {
        Assert.Equal(20, Engine.Value.Catalog.Channels.Count);
        var plan = Plan.Value;
        Assert.Equal(PlanStatus.Optimal, plan.Status);
        Assert.NotEmpty(plan.Allocations);
        Assert.True(plan.Total >= plan.Statistics.GreedyTotal, $"{plan.Total} < {plan.Statistics.GreedyTotal}");
        Assert.Equal(plan.ObjectiveValue, plan.Bound);
        Assert.Equal(plan.Total, plan.Allocations.Sum(a => a.Amount));
    }

    [Fact]
    public void Every_limit_holds_when_checked_apart_from_the_solver()
    {
        var plan = Plan.Value;
        foreach (var use in plan.Channels)
        {
            Assert.True(use.Quota is null || use.Allocated <= use.Quota, $"{use.ChannelId} {use.Allocated} > {use.Quota}");
        }
        var catalog = Engine.Value.Catalog;
        foreach (var byProject in plan.Allocations.GroupBy(a => a.ProjectId))
        {
            var project = Reserve.Single(p => p.Id == byProject.Key);
            var families = byProject.Select(a => ChannelFamily.Of(catalog.Find(a.ChannelId)!.Definition)).ToList();
            Assert.True(families.Count(f => f is FundingSourceKind.CentralBudget or FundingSourceKind.UltraLongSpecialBonds) <= 1, byProject.Key);
            var kept = project.FundingSources
                .Where(l => l.Source is not (FundingSourceKind.CentralBudget or FundingSourceKind.UltraLongSpecialBonds or FundingSourceKind.AntiPandemicBonds
                    or FundingSourceKind.SpecialBonds or FundingSourceKind.PolicyFinancialInstrument or FundingSourceKind.ProvincialFiscal))
                .Sum(l => l.Planned);
            Assert.True(byProject.Sum(a => a.Amount) + kept <= project.TotalInvestment, byProject.Key);
            foreach (var a in byProject)
            {
                Assert.True(a.Amount <= a.Estimate);
                Assert.True(a.Verdict is MatchVerdict.Eligible or MatchVerdict.NeedsInformation);
            }
            var instrument = byProject.Where(a => a.ChannelId == "policy-finance").Sum(a => a.Amount);
            Assert.True(instrument == 0m || instrument <= project.Equity * 0.5m, byProject.Key);
        }
    }

    [Fact]
    public void Each_allocation_carries_its_window_from_the_plugin_manifest()
    {
        var plan = Plan.Value;
        var catalog = Engine.Value.Catalog;
        Assert.All(plan.Allocations, a =>
        {
            // Most provincial programmes publish no window (their 实施方案 were not found): no date is made up.
            var published = catalog.Find(a.ChannelId)!.Plugin.Manifest!.Windows.Count > 0;
            Assert.Equal(published, a.Window is not null);
            if (a.Window is { } window)
            {
                Assert.True(window.Closes >= AsOf);
                Assert.True(window.Opens <= window.Closes);
            }
        });
        var central = plan.Allocations.FirstOrDefault(a => a.ChannelId.StartsWith("central-budget.", StringComparison.Ordinal));
        if (central is not null)
        {
            // CentralBudget's manifest: 11-01 to 06-30 of the next year; on 15 October the next opening.
            Assert.Equal(new DateOnly(2026, 11, 1), central.Window!.Opens);
            Assert.Equal(new DateOnly(2027, 6, 30), central.Window.Closes);
        }
    }

    [Fact]
    public void Every_near_miss_in_the_plan_is_verified_again_by_the_engine()
    {
        var plan = Plan.Value;
        Assert.NotEmpty(plan.NearMisses);
        foreach (var miss in plan.NearMisses)
        {
            Assert.True(miss.Verified);
            var project = Reserve.Single(p => p.Id == miss.ProjectId);
            NearMissTests.Reverify(Engine.Value, project, [miss]);
        }
        // Cheapest first: effort never decreases down the list.
        Assert.True(plan.NearMisses.Zip(plan.NearMisses.Skip(1)).All(x => x.First.Effort <= x.Second.Effort));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monolith.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("找不到仓库根目录（Monolith.sln）");
    }
}
