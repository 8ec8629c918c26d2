using Reserve.Sdk.Projects;
using Xunit;
using static Reserve.Planning.Tests.PlanChannels;

namespace Reserve.Planning.Tests;

/// <summary>Crafted reserves whose optimum is worked out by hand in each test's comment.</summary>
public sealed class AllocationTests
{
    [Fact]
    public void A_quota_is_filled_by_the_best_combination_where_the_largest_first_leaves_it_part_empty()
    {
        // Quota 100; requests 60, 50, 50. Largest first: 60, then neither 50 fits → 60. Best: 50 + 50 = 100.
        var planner = Planner(Subsidy("a"));
        var plan = planner.Plan(
            [Project("P1", 1000m, ("a", 60m)), Project("P2", 1000m, ("a", 50m)), Project("P3", 1000m, ("a", 50m))],
            Request(("a", 100m)));

        Assert.Equal(PlanStatus.Optimal, plan.Status);
        Assert.Equal(100m, plan.Total);
        Assert.Equal(100m, plan.Bound);
        Assert.Equal(60m, plan.Statistics.GreedyTotal);
        Assert.Equal(0m, Amount(plan, "P1", "a"));
        Assert.Equal(new ChannelQuotaUse("a", "测试补助·a", 100m, 100m, 2), plan.Channels.Single());
    }

    [Fact]
    public void One_pick_among_central_budget_sub_programmes_and_ultra_long_bonds_per_project()
    {
        // One project fits 中央预算内 A (100), B (80) and 超长期特别国债 (90): only one of the three, the 100.
        var planner = Planner(CentralBudget("cb-a"), CentralBudget("cb-b"), UltraLong());
        var project = Project("P1", 1000m, ("cb-a", 100m), ("cb-b", 80m), ("ultra", 90m));

        var free = planner.Plan([project], Request());
        Assert.Equal(100m, free.Total);
        Assert.Equal(100m, Amount(free, "P1", "cb-a"));

        // With A's quota at 0 the next best is the bond's 90, not B's 80 and not both.
        var capped = planner.Plan([project], Request(("cb-a", 0m)));
        Assert.Equal(90m, capped.Total);
        Assert.Equal(90m, Amount(capped, "P1", "ultra"));
        Assert.Single(capped.Allocations);
    }

    [Fact]
    public void Exclusivity_makes_the_largest_first_worse_than_the_optimum()
    {
        // Quotas 100 each. P1 fits 中央预算内 (100) and 超长期 (99); P2 fits only 中央预算内 (98).
        // Largest first: P1→中央预算内 100, which fills its quota and shuts out both others → 100.
        // Best: P1→超长期 99 and P2→中央预算内 98 → 197.
        var planner = Planner(CentralBudget("cb"), UltraLong());
        var plan = planner.Plan(
            [Project("P1", 1000m, ("cb", 100m), ("ultra", 99m)), Project("P2", 1000m, ("cb", 98m))],
            Request(("cb", 100m), ("ultra", 100m)));

        Assert.Equal(PlanStatus.Optimal, plan.Status);
        Assert.Equal(197m, plan.Total);
        Assert.Equal(99m, Amount(plan, "P1", "ultra"));
        Assert.Equal(98m, Amount(plan, "P2", "cb"));
        Assert.Equal(100m, plan.Statistics.GreedyTotal);
    }

    [Fact]
    public void All_sources_stay_within_the_total_investment_and_a_bond_takes_part_of_its_estimate()
    {
        // Total 1000 with 700 of 市县财政 kept: 300 of room. Subsidy 200 (whole or nothing), bond up to 250.
        // Largest first: bond 250, then the subsidy does not fit → 250. Best: subsidy 200 + bond 100 = 300.
        var planner = Planner(Subsidy("a"), SpecialBonds());
        var project = Project("P1", 1000m, ("a", 200m), ("bonds", 250m));
        project.FundingSources = [new FundingSourceLine { Source = FundingSourceKind.MunicipalFiscal, Planned = 700m }];

        var plan = planner.Plan([project], Request());

        Assert.Equal(300m, plan.Total);
        Assert.Equal(200m, Amount(plan, "P1", "a"));
        Assert.Equal(100m, Amount(plan, "P1", "bonds"));
        Assert.Equal(250m, plan.Statistics.GreedyTotal);
    }

    [Fact]
    public void Special_bonds_stay_within_the_financing_gap()
    {
        // Total 1000; 市县财政 600 and a 专项债 line of 300 planned: the gap a bond may fill is 1000 − 600 = 400,
        // though the request is 500.
        var planner = Planner(SpecialBonds());
        var project = Project("P1", 1000m, ("bonds", 500m));
        project.FundingSources =
        [
            new FundingSourceLine { Source = FundingSourceKind.MunicipalFiscal, Planned = 600m },
            new FundingSourceLine { Source = FundingSourceKind.SpecialBonds, Planned = 300m },
        ];

        var plan = planner.Plan([project], Request());

        Assert.Equal(400m, Amount(plan, "P1", "bonds"));
    }

    [Fact]
    public void The_instrument_is_at_most_half_the_equity_and_nothing_without_it()
    {
        // 资本金 300: the instrument may put in 150 of the 200 asked.
        var planner = Planner(Instrument());
        var withEquity = Project("P1", 1000m, ("instrument", 200m));
        withEquity.Equity = 300m;
        var withoutEquity = Project("P2", 1000m, ("instrument", 200m));

        var plan = planner.Plan([withEquity, withoutEquity], Request());

        Assert.Equal(150m, Amount(plan, "P1", "instrument"));
        Assert.Equal(0m, Amount(plan, "P2", "instrument"));
    }

    [Fact]
    public void The_priority_objective_prefers_a_ready_key_project_to_a_larger_one_still_being_planned()
    {
        // Quota 100. P1 asks 100 (谋划, weight 10 → 1000); P2 asks 70 (新开工 +3, 省列重点 +4: weight 17 → 1190).
        var planner = Planner(Subsidy("a"));
        var p1 = Project("P1", 1000m, ("a", 100m));
        var p2 = Project("P2", 1000m, ("a", 70m));
        p2.Stage = ProjectStage.NewStart;
        p2.Tags = ["省列重点项目"];

        var byAmount = planner.Plan([p1, p2], Request(("a", 100m)));
        var byPriority = planner.Plan([p1, p2], Request(("a", 100m)) with { Objective = PlanObjective.Priority });

        Assert.Equal(100m, Amount(byAmount, "P1", "a"));
        Assert.Equal(70m, Amount(byPriority, "P2", "a"));
        Assert.Equal(1190m, byPriority.ObjectiveValue);
        Assert.Equal(17, byPriority.Allocations.Single().Priority);
    }

    [Fact]
    public void A_project_the_rules_refuse_gets_nothing_and_a_quota_for_an_unknown_channel_is_refused_in_chinese()
    {
        var planner = Planner(Subsidy("a"));
        var refused = Project("P1", 1000m, ("a", 100m));
        refused.Name = "拒绝的项目";

        var plan = planner.Plan([refused], Request());
        Assert.Empty(plan.Allocations);
        Assert.Equal(PlanStatus.NoCandidates, plan.Status);

        var error = Assert.Throws<PlanInputException>(() => planner.Plan([refused], Request(("nope", 10m))));
        Assert.Contains("“nope”不在已启用的渠道中", error.Message);
        var negative = Assert.Throws<PlanInputException>(() => planner.Plan([refused], Request(("a", -1m))));
        Assert.Contains("为负数", negative.Message);
    }
}
