using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Xunit;
using static Reserve.Matching.Tests.TestChannels;

namespace Reserve.Matching.Tests;

public sealed class MatchEngineTests
{

    [Fact]
    public void All_conditions_met_is_eligible_with_estimate_source_and_plugin_version()
    {
        var result = Assert.Single(EngineOf(Simple()).Match(Project(), AsOf));

        Assert.Equal(MatchVerdict.Eligible, result.Verdict);
        Assert.Equal(100m, result.Score);
        Assert.Equal(600m, result.EstimatedAmount);
        Assert.Equal("总投资 × 30%，上限 5000 万元", result.EstimateBasis);
        Assert.Equal(("test", "1.0.0"), (result.PluginId, result.PluginVersion));
        Assert.Equal(4, result.Rules.Count);
        Assert.All(result.Rules, r => Assert.Equal("测试", r.SourceCitation));
        Assert.Equal("符合：总投资不低于500万元", result.Rules[0].Message);
    }

    [Fact]
    public void A_failed_hard_condition_is_ineligible_and_says_actual_and_required()
    {
        var result = Assert.Single(EngineOf(Simple()).Match(Project(p => p.TotalInvestment = 300m), AsOf));

        Assert.Equal(MatchVerdict.Ineligible, result.Verdict);
        var rule = result.Rules.Single(r => r.RuleId == "S-TOTAL");
        Assert.Equal(RuleVerdict.Fail, rule.Verdict);
        Assert.Equal("总投资 300 万元，低于要求的 500 万元", rule.Message);
        Assert.Null(result.EstimatedAmount);
        Assert.True(result.Score < 100m);
    }

    [Fact]
    public void A_missing_fact_makes_needs_information_naming_it_never_pass_or_fail()
    {
        var result = Assert.Single(EngineOf(Simple()).Match(Project(p => { p.Dishonest = null; p.Facts.Clear(); }), AsOf));

        Assert.Equal(MatchVerdict.NeedsInformation, result.Verdict);
        Assert.Equal(["dishonest", "tonnes"], result.MissingFacts.Select(m => m.Key).Order());
        var tonnes = result.Rules.Single(r => r.RuleId == "S-TONNES");
        Assert.Equal(RuleVerdict.Unknown, tonnes.Verdict);
        Assert.Equal(["tonnes"], tonnes.MissingFacts);
        Assert.Contains("待补充：冷库库容", tonnes.Message);
    }

    [Fact]
    public void A_failure_outranks_unknowns()
    {
        var result = Assert.Single(EngineOf(Simple()).Match(Project(p => { p.Dishonest = null; p.TotalInvestment = 100; }), AsOf));
        Assert.Equal(MatchVerdict.Ineligible, result.Verdict);
    }

    [Fact]
    public void Not_applicable_rules_do_not_count_and_scoring_never_decides()
    {
        var result = Assert.Single(EngineOf(Simple()).Match(Project(p => { p.Field = ProjectField.Transport; p.Code = null; }), AsOf));

        Assert.Equal(MatchVerdict.Eligible, result.Verdict);
        Assert.Equal(RuleVerdict.NotApplicable, result.Rules.Single(r => r.RuleId == "S-TONNES").Verdict);
        Assert.Equal(RuleVerdict.Unknown, result.Rules.Single(r => r.RuleId == "S-CODE").Verdict);
        Assert.Equal(70m, result.Score);
    }

    [Fact]
    public void A_throwing_rule_marks_only_its_channel_as_an_error()
    {
        var results = EngineOf(Throwing(), Simple()).Match(Project(), AsOf);

        Assert.Equal(2, results.Count);
        var error = results.Single(r => r.ChannelId == "throwing");
        Assert.Equal(MatchVerdict.Error, error.Verdict);
        Assert.Contains("规则 T-1“总是出错”执行出错：规则内部错误", error.Error);
        Assert.Equal(MatchVerdict.Eligible, results.Single(r => r.ChannelId == "simple").Verdict);
        Assert.Equal("simple", results[0].ChannelId);
    }

    [Fact]
    public void A_channel_outside_its_period_is_ineligible_with_the_reason()
    {
        var engine = EngineOf(Only2020());
        Assert.Equal(MatchVerdict.Eligible, Assert.Single(engine.Match(Project(), new DateOnly(2020, 9, 10))).Verdict);
        var late = Assert.Single(engine.Match(Project(), AsOf));
        Assert.Equal(MatchVerdict.Ineligible, late.Verdict);
        Assert.Contains("有效期为 2020-01-01 至 2020-12-31", Assert.Single(late.Rules).Message);
    }

    [Fact]
    public void Missing_materials_are_listed_until_the_record_shows_them()
    {
        var engine = EngineOf(Simple());
        Assert.Equal("S-M1", Assert.Single(Assert.Single(engine.Match(Project(), AsOf)).MissingMaterials).Id);

        var withApproval = Project(p => p.PreWork.Add(new PreWorkItem { Item = PreWorkKind.FeasibilityApproval, Status = PreWorkStatus.Completed, DocNumber = "嘉发改审批〔2025〕1号" }));
        Assert.Empty(Assert.Single(engine.Match(withApproval, AsOf)).MissingMaterials);
    }

    [Fact]
    public void Ranking_puts_eligible_first_then_by_score()
    {
        var results = EngineOf(Only2020(), Throwing(), Simple("a"), Simple("b")).Match(Project(p => p.Facts["tonnes"] = FactValue.Of(50m)), AsOf);
        Assert.Equal(["a", "b", "only-2020", "throwing"], results.Select(r => r.ChannelId));
    }

    [Fact]
    public void Tally_agrees_with_full_matching()
    {
        var engine = EngineOf(Simple(), Throwing(), Only2020());
        var projects = Enumerable.Range(0, 60).Select(i => Project(p =>
        {
            p.Id = $"2027-{i:D4}";
            p.TotalInvestment = 100 * i;
            if (i % 7 == 0) { p.Dishonest = null; }
            if (i % 5 == 0) { p.Facts.Clear(); }
        })).ToList();

        var tally = engine.Tally(projects, AsOf);
        var full = projects.SelectMany(p => engine.Match(p, AsOf)).GroupBy(r => r.ChannelId).ToDictionary(g => g.Key);
        foreach (var (channel, counts) in tally)
        {
            Assert.Equal(full[channel].Count(r => r.Verdict == MatchVerdict.Eligible), counts.Eligible);
            Assert.Equal(full[channel].Count(r => r.Verdict == MatchVerdict.Ineligible), counts.Ineligible);
            Assert.Equal(full[channel].Count(r => r.Verdict == MatchVerdict.NeedsInformation), counts.NeedsInformation);
            Assert.Equal(full[channel].Count(r => r.Verdict == MatchVerdict.Error), counts.Errors);
        }
        Assert.Equal(60, tally["throwing"].Errors);
        Assert.True(tally["simple"].Eligible > 0 && tally["simple"].Ineligible > 0 && tally["simple"].NeedsInformation > 0);
    }

    [Fact]
    public void Two_fitting_central_budget_sub_programs_must_be_chosen_between()
    {
        static Reserve.Sdk.Channels.ChannelDefinition Central(string id, decimal weightBonus)
        {
            var c = Simple(id);
            return new Reserve.Sdk.Channels.ChannelDefinition
            {
                Id = id, Name = "中央预算内投资·" + id, Parent = "中央预算内投资", Level = c.Level, Form = c.Form, Facts = c.Facts,
                Rules = weightBonus > 0 ? c.Rules : c.Rules.Where(r => r.Id != "S-CODE").ToList(),
            };
        }
        var results = EngineOf(Central("a", 0), Central("b", 1), Simple("bond")).Match(Project(), AsOf);

        Assert.All(results, r => Assert.Equal(MatchVerdict.Eligible, r.Verdict));
        var flagged = results.Where(r => r.Rules.Any(o => o.RuleId == "CROSS-CENTRAL-ONCE")).ToList();
        var loser = Assert.Single(flagged);
        Assert.Contains("只能择一申报", loser.Rules.Single(o => o.RuleId == "CROSS-CENTRAL-ONCE").Message);
        Assert.DoesNotContain(results.Single(r => r.ChannelId == "bond").Rules, o => o.RuleId == "CROSS-CENTRAL-ONCE");
    }

    [Fact]
    public void An_estimate_that_throws_is_an_error_for_that_channel()
    {
        var channel = Simple();
        var broken = new Reserve.Sdk.Channels.ChannelDefinition
        {
            Id = channel.Id, Name = channel.Name, Level = channel.Level, Form = channel.Form, Facts = channel.Facts, Rules = channel.Rules,
            Estimate = (_, _) => throw new DivideByZeroException("除以零"),
        };
        var result = Assert.Single(EngineOf(broken).Match(Project(), AsOf));
        Assert.Equal(MatchVerdict.Error, result.Verdict);
        Assert.Contains("资金测算出错：除以零", result.Error);
    }
}
