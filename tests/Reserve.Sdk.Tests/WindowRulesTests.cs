using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;
using Xunit;

namespace Reserve.Sdk.Tests;

public sealed class WindowRulesTests
{
    private static readonly ParameterTable Table = ParameterTable.Parse("""
        { "parameters": {
            "windows": { "label": "申报窗口", "values": { "2020-01-01": ["11-01~06-30"], "2026-01-01": ["03-01~05-31", "09-01~09-30"] } },
            "negative": { "label": "负面清单", "values": { "2020-01-01": ["土地储备", "楼堂馆所"], "2025-01-01": ["楼堂馆所"] } },
            "typo": { "label": "负面清单", "values": { "2020-01-01": ["楼堂馆"] } }
        } }
        """);

    private static RuleVerdict Run(EligibilityRule rule, ProjectRecord p, string date) => rule.Evaluate(p, new RuleContext(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2020-11-01", RuleVerdict.Pass)]
    [InlineData("2021-06-30", RuleVerdict.Pass)]
    [InlineData("2021-07-01", RuleVerdict.Fail)]
    [InlineData("2026-09-15", RuleVerdict.Pass)]
    [InlineData("2026-11-15", RuleVerdict.Fail)]
    [InlineData("2019-12-01", RuleVerdict.Fail)]
    public void The_window_in_force_on_the_match_date_decides(string date, RuleVerdict expected)
    {
        var rule = WindowRules.ApplicationWindowOpen("W", Table.List("windows"), PolicySource.Unverified("测试"));
        Assert.Equal(expected, Run(rule, new ProjectRecord(), date));
    }

    [Fact]
    public void A_closed_window_says_when_it_opens()
    {
        var rule = WindowRules.ApplicationWindowOpen("W", Table.List("windows"), PolicySource.Unverified("测试"));
        var p = new ProjectRecord();
        var context = new RuleContext(new DateOnly(2021, 7, 1));
        Assert.Equal("申报窗口为每年11月1日至次年6月30日，匹配日期 2021年7月1日 不在窗口内；申报窗口未开放（每年11月1日至次年6月30日），可于2021年11月1日起申报，至2022年6月30日截止",
            rule.Explain(rule.Evaluate(p, context), p, context));
        Assert.Equal(RuleKind.Timing, rule.Kind);
        Assert.False(rule.DecidesVerdict);
    }

    [Theory]
    [InlineData("2021-07-01", TimingState.NotYetOpen, "2021-11-01", "2022-06-30")]
    [InlineData("2021-06-30", TimingState.Open, "2020-11-01", "2021-06-30")]
    [InlineData("2020-12-15", TimingState.Open, "2020-11-01", "2021-06-30")]
    // The list of 2026 takes over on 2026-01-01: the window opened in November 2025 closes as the old list said.
    [InlineData("2025-07-01", TimingState.NotYetOpen, "2025-11-01", "2026-06-30")]
    [InlineData("2026-06-15", TimingState.NotYetOpen, "2026-09-01", "2026-09-30")]
    [InlineData("2026-09-30", TimingState.Open, "2026-09-01", "2026-09-30")]
    [InlineData("2026-10-01", TimingState.NotYetOpen, "2027-03-01", "2027-05-31")]
    public void The_timing_answer_is_the_open_window_or_the_next_opening(string date, TimingState state, string opens, string closes)
    {
        var windows = new ApplicationWindows(Table.List("windows"));
        var answer = windows.At(DateOnly.Parse(date));
        Assert.Equal(state, answer.State);
        Assert.Equal(DateOnly.Parse(opens), answer.OpensOn);
        Assert.Equal(DateOnly.Parse(closes), answer.ClosesOn);
        Assert.Equal(state == TimingState.Open, windows.IsOpen(DateOnly.Parse(date)));
        Assert.Contains(state == TimingState.Open ? "前申报" : $"可于{DateOnly.Parse(opens).Year}年", answer.Message);
    }

    [Fact]
    public void Before_any_window_is_published_the_timing_says_so()
    {
        var answer = new ApplicationWindows(Table.List("windows")).At(new DateOnly(2015, 1, 1));
        Assert.Equal(TimingState.NoFixedWindow, answer.State);
        Assert.Null(answer.ApplyBy);
    }

    [Fact]
    public void A_negative_list_that_changes_by_year_changes_the_verdict()
    {
        var rule = WindowRules.NotOnDatedNegativeList("N", "负面清单", PolicySource.Unverified("测试"), Table.List("negative"));
        var p = new ProjectRecord { NegativeList = [NegativeListItem.LandReserve] };
        Assert.Equal(RuleVerdict.Fail, Run(rule, p, "2023-06-01"));
        Assert.Equal(RuleVerdict.Pass, Run(rule, p, "2025-06-01"));
        Assert.Equal(RuleVerdict.Unknown, Run(rule, new ProjectRecord(), "2025-06-01"));
    }

    [Fact]
    public void A_misspelt_negative_list_word_is_refused_at_load()
    {
        var ex = Assert.Throws<FormatException>(() => WindowRules.NotOnDatedNegativeList("N", "负面清单", PolicySource.Unverified("测试"), Table.List("typo")));
        Assert.Contains("“楼堂馆”不是负面清单内容", ex.Message);
    }
}
