using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;
using Xunit;
using static Reserve.Matching.Tests.TestChannels;

namespace Reserve.Matching.Tests;

/// <summary>
/// The three answers of a result: eligibility (with 待核实 when only rules to verify object), timing (a closed
/// window is never 不符合) and readiness (stage-aware requirements, each with the date it is needed by).
/// </summary>
public sealed class VerdictAnswersTests
{
    private static readonly ParameterTable Windows = ParameterTable.Parse("""
        { "parameters": { "windows": { "label": "申报窗口", "values": { "2016-01-01": ["11-01~06-30"] } } } }
        """);

    /// <summary>A window, a 项目代码 that is readiness at 谋划/前期, a sourced hard rule and one to verify.</summary>
    private static ChannelDefinition Seasonal() => new()
    {
        Id = "seasonal",
        Name = "按年度申报的渠道",
        Level = ChannelLevel.National,
        Form = FundingForm.Subsidy,
        Rules =
        [
            WindowRules.ApplicationWindowOpen("T-WINDOW", Windows.List("windows"), PolicySource.CommonlyKnown("测试")),
            StandardRules.ProjectCode(),
            Rule.Hard("T-TOTAL", "总投资不低于500万元")
                .From(PolicySource.Sourced("《测试办法》"))
                .Check((p, _) => p.TotalInvestment >= 500)
                .Fail((p, _) => $"总投资 {p.TotalInvestment} 万元，低于要求的 500 万元")
                .Build(),
            Rule.Hard("T-GUESS", "总投资不超过10000万元（省级文件未取得，推定）")
                .From(PolicySource.Unverified("测试省级专项"))
                .Check((p, _) => p.TotalInvestment <= 10000)
                .Fail((p, _) => $"总投资 {p.TotalInvestment} 万元，超过推定的 10000 万元")
                .Build(),
            Rule.Exclusion("T-DISHONEST", "未列入失信名单")
                .From(PolicySource.Sourced("《测试办法》") with { AppliedByInference = true })
                .Requires(CommonFacts.Dishonest)
                .Check((p, _) => p.Dishonest == false)
                .Fail((_, _) => "已列入失信名单")
                .Build(),
        ],
    };

    private static MatchResult MatchOn(string date, Action<ProjectRecord>? change = null) =>
        Assert.Single(EngineOf(Seasonal()).Match(Project(change), DateOnly.Parse(date)));

    [Fact]
    public void Out_of_the_window_a_project_meeting_every_condition_is_eligible_with_its_next_window()
    {
        var september = MatchOn("2026-09-15");
        Assert.Equal(MatchVerdict.Eligible, september.Verdict);
        Assert.Equal(RuleVerdict.Fail, september.Rules.Single(r => r.RuleId == "T-WINDOW").Verdict);
        Assert.Equal(TimingState.NotYetOpen, september.Timing!.State);
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2027, 6, 30)), (september.Timing.OpensOn!.Value, september.Timing.ClosesOn!.Value));
        Assert.Contains("可于2026年11月1日起申报", september.Timing.Message);

        var november = MatchOn("2026-11-10");
        Assert.Equal(MatchVerdict.Eligible, november.Verdict);
        Assert.Equal(TimingState.Open, november.Timing!.State);
        Assert.Contains("2027年6月30日前申报", november.Timing.Message);
    }

    [Fact]
    public void A_channel_without_windows_answers_that_its_notices_decide_the_timing()
    {
        var result = Assert.Single(EngineOf(Simple()).Match(Project(), AsOf));
        Assert.Equal(TimingState.NoFixedWindow, result.Timing!.State);
    }

    [Fact]
    public void A_code_not_yet_issued_at_the_reserve_stage_is_a_readiness_item_needed_by_the_window()
    {
        var result = MatchOn("2026-09-15", p => { p.Code = null; p.Stage = ProjectStage.Preparation; });
        Assert.Equal(MatchVerdict.Eligible, result.Verdict);
        Assert.Empty(result.MissingFacts);
        var item = Assert.Single(result.Readiness);
        Assert.Equal("BASE-CODE", item.Id);
        Assert.Equal(new DateOnly(2026, 11, 1), item.NeededBy);

        var started = MatchOn("2026-09-15", p => { p.Code = null; p.Stage = ProjectStage.NewStart; });
        Assert.Equal(MatchVerdict.NeedsInformation, started.Verdict);
        Assert.Empty(started.Readiness);
    }

    [Fact]
    public void Only_rules_to_verify_objecting_gives_to_verify_never_ineligible()
    {
        var guess = MatchOn("2026-11-10", p => p.TotalInvestment = 20000m);
        Assert.Equal(MatchVerdict.Unconfirmed, guess.Verdict);
        Assert.True(guess.Rules.Single(r => r.RuleId == "T-GUESS").NeedsVerification);
        Assert.False(guess.Rules.Single(r => r.RuleId == "T-GUESS").Disqualifies);

        var inferred = MatchOn("2026-11-10", p => p.Dishonest = true);
        Assert.Equal(MatchVerdict.Unconfirmed, inferred.Verdict);

        // A sourced rule that fails still decides.
        var both = MatchOn("2026-11-10", p => { p.TotalInvestment = 300m; p.Dishonest = true; });
        Assert.Equal(MatchVerdict.Ineligible, both.Verdict);
    }

    [Fact]
    public void The_verdict_pass_gives_the_same_answers_as_a_full_match()
    {
        var engine = EngineOf(Seasonal());
        var projects = Enumerable.Range(0, 40).Select(i => Project(p =>
        {
            p.TotalInvestment = i % 4 == 0 ? 300m : i % 4 == 1 ? 20000m : 2000m;
            p.Dishonest = i % 5 == 0 ? null : i % 7 == 0;
            p.Code = i % 3 == 0 ? null : p.Code;
            p.Stage = i % 2 == 0 ? ProjectStage.Planning : ProjectStage.Continuing;
        })).ToList();
        var date = new DateOnly(2026, 9, 15);
        var batch = engine.Evaluate(projects, date);
        var counts = batch.Counts()["seasonal"];
        var full = projects.Select(p => engine.Match(p, date)[0]).ToList();
        Assert.Equal(full.Count(r => r.Verdict == MatchVerdict.Unconfirmed), counts.Unconfirmed);
        Assert.True(counts.Unconfirmed > 0 && counts.Eligible > 0 && counts.Ineligible > 0 && counts.NeedsInformation > 0);
        for (var i = 0; i < projects.Count; i++)
        {
            Assert.Equal(full[i], batch.Explain(i, 0), new ResultComparer());
        }
    }

    private sealed class ResultComparer : IEqualityComparer<MatchResult>
    {
        public bool Equals(MatchResult? x, MatchResult? y) =>
            x!.Verdict == y!.Verdict && x.Timing == y.Timing && x.Readiness.SequenceEqual(y.Readiness) && x.Rules.Select(r => r.Message).SequenceEqual(y.Rules.Select(r => r.Message));

        public int GetHashCode(MatchResult obj) => obj.Verdict.GetHashCode();
    }
}
