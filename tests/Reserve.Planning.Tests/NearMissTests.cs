using Reserve.Channels;
using Reserve.Matching;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Xunit;
using static Reserve.Planning.Tests.PlanChannels;

namespace Reserve.Planning.Tests;

public sealed class NearMissTests
{
    private static readonly FactDescriptor Report = new("revenueReport", "已编制收益测算报告", FactType.Boolean);

    /// <summary>Needs the national library, a completed 可研批复, 20% 资本金, and (a channel fact) the revenue report.</summary>
    private static ChannelDefinition Demanding() => new()
    {
        Id = "demanding",
        Name = "测试渠道·条件多",
        Level = ChannelLevel.National,
        Form = FundingForm.Subsidy,
        Facts = [Report],
        Rules =
        [
            Rule.Hard("D-LIB", "已纳入国家重大建设项目库")
                .From(PolicySource.Unverified("测试"))
                .Requires(CommonFacts.InNationalLibrary)
                .Check((p, _) => p.InNationalLibrary == true)
                .Fail((_, _) => "未入库")
                .Build(),
            Rule.Hard("D-FSR", "可研已批复")
                .From(PolicySource.Unverified("测试"))
                .Check((p, _) => p.FindPreWork(PreWorkKind.FeasibilityApproval) is { Status: PreWorkStatus.Completed })
                .Fail((_, _) => "可研未批复")
                .Build(),
            Rule.Hard("D-EQ", "资本金比例不低于20%")
                .From(PolicySource.Unverified("测试"))
                .Requires(CommonFacts.Equity)
                .Check((p, _) => p.EquityRatio >= 0.2m)
                .Fail((_, _) => "资本金不足")
                .Build(),
            Rule.Hard("D-REPORT", "已编制收益测算报告")
                .From(PolicySource.Unverified("测试"))
                .Requires(FactRef.Channel(Report))
                .Check((p, _) => p.Facts["revenueReport"].Flag)
                .Fail((_, _) => "未编制")
                .Build(),
        ],
        Estimate = (p, _) => new FundingEstimate(p.TotalInvestment * 0.3m, "总投资 × 30%"),
    };

    private static ProjectRecord Ready() => new()
    {
        Id = "P1",
        Name = "测试项目",
        Department = "发改委",
        Unit = "测试单位",
        Field = ProjectField.Industry,
        TotalInvestment = 1000m,
        Equity = 250m,
        InNationalLibrary = true,
        PreWork = [new PreWorkItem { Item = PreWorkKind.FeasibilityApproval, Status = PreWorkStatus.Completed, DocNumber = "测〔2026〕1号", Date = AsOf }],
        Facts = new(StringComparer.Ordinal) { ["revenueReport"] = FactValue.Of(true) },
    };

    private static MatchEngine Engine() => new(ChannelCatalog.FromDefinitions("test", "1.0.0", [Demanding()]));

    [Fact]
    public void The_ready_project_is_eligible_so_the_crafted_channel_really_tests_each_condition()
    {
        Assert.Equal(MatchVerdict.Eligible, Engine().Match(Ready(), AsOf).Single().Verdict);
        Assert.Empty(new NearMissFinder(Engine()).Find(Ready(), AsOf));
    }

    [Fact]
    public void One_missing_approval_is_one_change_of_approval_effort_unlocking_the_estimate()
    {
        var project = Ready();
        project.PreWork.Clear();

        var misses = new NearMissFinder(Engine()).Find(project, AsOf);

        var best = misses.First();
        var change = Assert.Single(best.Changes);
        Assert.Equal("preWork[可研批复].status", change.Field);
        Assert.Null(change.From);
        Assert.Equal("已完成", change.To);
        Assert.Equal(ChangeEffort.Approval, best.Effort);
        Assert.Equal(300m, best.Unlocks);
        Assert.True(best.Verified);
        Reverify(Engine(), project, misses);
    }

    [Fact]
    public void Two_gaps_need_the_smallest_set_of_two_changes_ranked_material_before_money()
    {
        // Not in the library, and 资本金 only 10%: both must change. 20% 资本金 is the least money that works;
        // any higher share also works but is not offered before it.
        var project = Ready();
        project.InNationalLibrary = false;
        project.Equity = 100m;

        var misses = new NearMissFinder(Engine()).Find(project, AsOf);

        Assert.NotEmpty(misses);
        Assert.All(misses, m => Assert.Equal(2, m.Changes.Count));
        var best = misses[0];
        Assert.Equal(ChangeEffort.Money, best.Effort);
        Assert.Contains(best.Changes, c => c is { Field: "inNationalLibrary", From: "false", To: "true", Effort: ChangeEffort.Material });
        Assert.Contains(best.Changes, c => c is { Field: "equity", From: "100", To: "200" });
        Reverify(Engine(), project, misses);
    }

    [Fact]
    public void A_missing_channel_fact_is_supplied_with_the_value_that_makes_it_eligible()
    {
        var project = Ready();
        project.Facts.Clear();

        var misses = new NearMissFinder(Engine()).Find(project, AsOf);

        var best = misses[0];
        Assert.Equal(ChangeEffort.Material, best.Effort);
        Assert.Equal(new RecordChange("facts.revenueReport", null, "true", "补充“已编制收益测算报告”：是", ChangeEffort.Material), Assert.Single(best.Changes));
        Assert.DoesNotContain(misses, m => m.Changes.Any(c => c is { Field: "facts.revenueReport", To: "false" }));
        Reverify(Engine(), project, misses);
    }

    [Fact]
    public void A_plan_carries_the_near_misses_of_its_reserve_and_each_holds_when_run_again()
    {
        var project = Ready();
        project.PreWork.Clear();
        project.InNationalLibrary = null;
        var planner = new FundingPlanner(Engine());

        var plan = planner.Plan([project, Ready()], new PlanRequest(AsOf, new Dictionary<string, decimal>()) { Workers = 1 });

        Assert.Equal(300m, plan.Total); // the ready project only
        Assert.NotEmpty(plan.NearMisses);
        Assert.All(plan.NearMisses, m => Assert.Equal("P1", m.ProjectId));
        Reverify(Engine(), project, plan.NearMisses);
    }

    [Fact]
    public void Changes_that_name_an_unknown_field_are_refused_in_chinese()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            RecordChanges.Apply(Ready(), [new RecordChange("nonsense", null, "1", "", ChangeEffort.Material)], AsOf));
        Assert.Contains("无法应用修改：字段“nonsense”", error.Message);
    }

    /// <summary>Applies each near-miss's changes from their paths and values alone and runs the engine again.</summary>
    internal static void Reverify(MatchEngine engine, ProjectRecord project, IEnumerable<NearMiss> misses)
    {
        foreach (var miss in misses)
        {
            var changed = RecordChanges.Apply(project, miss.Changes, AsOf);
            var channel = engine.Catalog.Find(miss.ChannelId)!;
            Assert.Equal(MatchVerdict.Eligible, MatchEngine.MatchChannel(changed, channel, AsOf).Verdict);
            Assert.NotEqual(MatchVerdict.Eligible, MatchEngine.MatchChannel(project, channel, AsOf).Verdict);
        }
    }
}
