using Reserve.Sdk.Facts;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;
using Xunit;

namespace Reserve.Sdk.Tests;

public sealed class StandardRulesTests
{
    private static readonly DateOnly AsOf = new(2025, 9, 10);

    private static (RuleVerdict Verdict, string Message, IReadOnlyList<FactRef> Missing) Run(EligibilityRule rule, ProjectRecord project, DateOnly? asOf = null)
    {
        var context = new RuleContext(asOf ?? AsOf);
        var verdict = rule.Evaluate(project, context);
        var missing = context.MissingFacts.ToList();
        return (verdict, rule.Explain(verdict, project, context, missing), missing);
    }

    [Fact]
    public void Project_code_passes_fails_and_is_unknown_when_absent()
    {
        var p = Projects.Government();
        p.Stage = ProjectStage.NewStart;
        Assert.Equal(RuleVerdict.Pass, Run(StandardRules.ProjectCode(), p).Verdict);

        p.Code = "2025-620200-48-01-12";
        var fail = Run(StandardRules.ProjectCode(), p);
        Assert.Equal(RuleVerdict.Fail, fail.Verdict);
        Assert.Contains("“2025-620200-48-01-12”格式不符", fail.Message);

        p.Code = null;
        var unknown = Run(StandardRules.ProjectCode(), p);
        Assert.Equal(RuleVerdict.Unknown, unknown.Verdict);
        Assert.Equal("code", Assert.Single(unknown.Missing).Key);
        Assert.Contains("待补充：项目代码", unknown.Message);
    }

    [Fact]
    public void A_code_not_yet_issued_at_the_reserve_stages_is_a_readiness_item_but_a_malformed_one_still_fails()
    {
        var p = Projects.Government();
        p.Code = null;
        foreach (var stage in new[] { ProjectStage.Planning, ProjectStage.Preparation })
        {
            p.Stage = stage;
            var prepare = Run(StandardRules.ProjectCode(), p);
            Assert.Equal(RuleVerdict.ToPrepare, prepare.Verdict);
            Assert.Contains("申报前须在投资项目在线审批监管平台登记取得项目代码", prepare.Message);
        }
        p.Code = "2025-620200-48-01-12";
        Assert.Equal(RuleVerdict.Fail, Run(StandardRules.ProjectCode(), p).Verdict);
        p.Code = null;
        p.Stage = null;
        Assert.Equal(RuleVerdict.Unknown, Run(StandardRules.ProjectCode(), p).Verdict);
    }

    [Fact]
    public void Equity_below_the_sector_minimum_states_actual_and_required()
    {
        var p = Projects.Government();
        p.Attribute = ProjectAttribute.Enterprise;
        p.Field = ProjectField.Industry;
        p.Equity = 150m;
        var result = Run(StandardRules.EquityAtSectorMinimum(), p);
        Assert.Equal(RuleVerdict.Fail, result.Verdict);
        Assert.Contains("资本金比例 15%", result.Message);
        Assert.Contains("要求的 20%", result.Message);

        p.Equity = 200m;
        Assert.Equal(RuleVerdict.Pass, Run(StandardRules.EquityAtSectorMinimum(), p).Verdict);
    }

    [Fact]
    public void Equity_minimum_applies_where_the_capital_system_does_counts_bond_capital_and_relieves_short_board_infrastructure()
    {
        // A government public-welfare project is outside 国发〔2019〕26号, whatever its equity.
        var p = Projects.Government();
        p.Equity = 10m;
        Assert.Equal(RuleVerdict.NotApplicable, Run(StandardRules.EquityAtSectorMinimum(), p).Verdict);
        // …unless the channel's every project earns fees.
        Assert.Equal(RuleVerdict.Fail, Run(StandardRules.EquityAtSectorMinimum(governmentProjectsAreCommercial: true), p).Verdict);

        p.Attribute = null;
        Assert.Equal(RuleVerdict.Unknown, Run(StandardRules.EquityAtSectorMinimum(), p).Verdict);

        // 补短板 infrastructure: up to 5 points below the 20% minimum; 15% passes, 14.9% fails.
        p.Attribute = ProjectAttribute.PublicPrivatePartnership;
        p.Field = ProjectField.WaterConservancy;
        p.Equity = 150m;
        var relieved = Run(StandardRules.EquityAtSectorMinimum(), p);
        Assert.Equal(RuleVerdict.Pass, relieved.Verdict);
        p.Equity = 149m;
        Assert.Equal(RuleVerdict.Fail, Run(StandardRules.EquityAtSectorMinimum(), p).Verdict);

        // 专项债 used as capital counts toward the share; an empty amount is none.
        p.Field = ProjectField.Industry;
        p.Equity = 100m;
        Assert.Equal(RuleVerdict.Fail, Run(StandardRules.EquityAtSectorMinimum(), p).Verdict);
        p.Facts[EquityMinimums.BondAsEquityKey] = FactValue.Of(100m);
        var withBonds = Run(StandardRules.EquityAtSectorMinimum(), p);
        Assert.Equal(RuleVerdict.Pass, withBonds.Verdict);
        Assert.Contains("资本金比例 20%", withBonds.Message);
    }

    [Theory]
    [InlineData("5532", "2019-01-01", 0.25)] // 港口 before 国发〔2019〕26号
    [InlineData("5532", "2020-01-01", 0.20)] // and after
    [InlineData("3120", "2020-01-01", 0.40)] // 钢铁
    [InlineData("3216", "2020-01-01", 0.40)] // 电解铝, longer prefix than nothing else
    [InlineData("5631", "2020-01-01", 0.25)] // 机场
    [InlineData(null, "2020-01-01", 0.20)]   // 交通 by field
    public void Equity_minimums_follow_industry_then_field(string? industry, string date, decimal expected)
    {
        var p = Projects.Government();
        p.IndustryCode = industry;
        p.Field = ProjectField.Transport;
        Assert.Equal(expected, EquityMinimums.For(p, DateOnly.Parse(date)).Minimum);
    }

    [Fact]
    public void Design_budget_over_110_percent_fails_and_is_not_applicable_before_design()
    {
        var p = Projects.Government();
        Assert.Equal(RuleVerdict.NotApplicable, Run(StandardRules.DesignBudgetWithinEstimate(), p).Verdict);
        p.DesignBudget = 1100m;
        Assert.Equal(RuleVerdict.Pass, Run(StandardRules.DesignBudgetWithinEstimate(), p).Verdict);
        p.DesignBudget = 1101m;
        var fail = Run(StandardRules.DesignBudgetWithinEstimate(), p);
        Assert.Equal(RuleVerdict.Fail, fail.Verdict);
        Assert.Contains("110.1%", fail.Message);
        p.FeasibilityEstimate = null;
        Assert.Equal(RuleVerdict.Unknown, Run(StandardRules.DesignBudgetWithinEstimate(), p).Verdict);
    }

    [Fact]
    public void Authorization_older_than_two_years_without_a_start_lapses()
    {
        var p = Projects.Government();
        p.ProjectType = ProjectType.Authorization;
        p.PreWork = [new PreWorkItem { Item = PreWorkKind.Authorization, Status = PreWorkStatus.Completed, Date = new DateOnly(2023, 9, 10) }];
        Assert.Equal(RuleVerdict.Pass, Run(StandardRules.AuthorizationNotLapsed(), p, new DateOnly(2025, 9, 10)).Verdict);
        var lapsed = Run(StandardRules.AuthorizationNotLapsed(), p, new DateOnly(2025, 9, 11));
        Assert.Equal(RuleVerdict.Fail, lapsed.Verdict);
        Assert.Contains("核准文件失效", lapsed.Message);

        p.ActualStart = new DateOnly(2024, 1, 1);
        Assert.Equal(RuleVerdict.Pass, Run(StandardRules.AuthorizationNotLapsed(), p, new DateOnly(2026, 1, 1)).Verdict);
        p.ProjectType = ProjectType.Filing;
        Assert.Equal(RuleVerdict.NotApplicable, Run(StandardRules.AuthorizationNotLapsed(), p).Verdict);
    }

    [Fact]
    public void Approval_chain_follows_the_project_type()
    {
        var p = Projects.Government();
        Assert.Equal(RuleVerdict.Pass, Run(StandardRules.ApprovalChain(), p).Verdict);

        p.ProjectType = ProjectType.Filing;
        var unknown = Run(StandardRules.ApprovalChain(), p);
        Assert.Equal(RuleVerdict.Unknown, unknown.Verdict);
        Assert.Equal("preWork.备案", Assert.Single(unknown.Missing).Key);

        p.PreWork.Add(new PreWorkItem { Item = PreWorkKind.Filing, Status = PreWorkStatus.InProgress });
        var fail = Run(StandardRules.ApprovalChain(), p);
        Assert.Equal(RuleVerdict.Fail, fail.Verdict);
        Assert.Contains("项目类型为备案，需“备案”已办结，目前为“办理中”", fail.Message);

        p.ProjectType = null;
        Assert.Equal("projectType", Assert.Single(Run(StandardRules.ApprovalChain(), p).Missing).Key);
    }

    [Fact]
    public void Pre_work_accepts_a_commitment_only_where_the_policy_does()
    {
        var items = new[] { PreWorkKind.FeasibilityApproval, PreWorkKind.EnvironmentalApproval };
        var p = Projects.Government();
        var strict = StandardRules.PreWorkComplete("T", "前期手续", PolicySource.Unverified("测试"), items, acceptCommitment: false);
        var lenient = StandardRules.PreWorkComplete("T", "前期手续", PolicySource.Unverified("测试"), items, acceptCommitment: true);
        var fail = Run(strict, p);
        Assert.Equal(RuleVerdict.Fail, fail.Verdict);
        Assert.Contains("“环评批复”为容缺承诺", fail.Message);
        Assert.Equal(RuleVerdict.Pass, Run(lenient, p).Verdict);
    }

    [Fact]
    public void Flags_are_never_taken_as_no_when_absent()
    {
        var p = Projects.Government();
        p.Dishonest = null;
        p.CentralFundedBefore = null;
        p.NegativeList = null;
        Assert.Equal(RuleVerdict.Unknown, Run(StandardRules.UnitNotDishonest(), p).Verdict);
        Assert.Equal(RuleVerdict.Unknown, Run(StandardRules.NoPriorCentralBudgetFunding(), p).Verdict);
        var negative = StandardRules.NotOnNegativeList("N", "负面清单", PolicySource.Unverified("测试"), [NegativeListItem.OfficeBuildings]);
        Assert.Equal(RuleVerdict.Unknown, Run(negative, p).Verdict);

        p.NegativeList = [NegativeListItem.OfficeBuildings, NegativeListItem.LandReserve];
        var fail = Run(negative, p);
        Assert.Equal(RuleVerdict.Fail, fail.Verdict);
        Assert.Contains("楼堂馆所", fail.Message);
        Assert.DoesNotContain("土地储备", fail.Message);
    }

    [Fact]
    public void A_standard_rule_can_be_cited_from_another_source_and_behaves_the_same()
    {
        var p = Projects.Government();
        p.Dishonest = true;
        var original = StandardRules.UnitNotDishonest();
        var borrowed = original.WithSource(PolicySource.Unverified("甘肃省级专项（按国家渠道推定）", "原文未取得"));
        Assert.Equal(original.Id, borrowed.Id);
        Assert.Equal(Confidence.Unverified, borrowed.Source.Confidence);
        var (expectedVerdict, expectedMessage, _) = Run(original, p);
        var (actualVerdict, actualMessage, _) = Run(borrowed, p);
        Assert.Equal((RuleVerdict.Fail, expectedMessage), (actualVerdict, actualMessage));
        Assert.Equal(expectedVerdict, actualVerdict);
    }

    [Fact]
    public void Sources_above_total_fail_with_both_amounts()
    {
        var p = Projects.Government();
        p.FundingSources.Add(new FundingSourceLine { Source = FundingSourceKind.BankLoans, Planned = 700m });
        var fail = Run(StandardRules.PlannedSourcesWithinTotal(), p);
        Assert.Equal(RuleVerdict.Fail, fail.Verdict);
        Assert.Contains("资金来源计划合计 1,100万元，超过总投资 1,000万元", fail.Message);
    }

    [Fact]
    public void Completion_cap_reads_the_dated_parameter_and_exempts_projects_not_started()
    {
        var table = ParameterTable.Parse("""{ "parameters": { "max": { "label": "完成比例上限", "values": { "2020-01-01": 0.7, "2024-01-01": 0.8 } } } }""");
        var rule = StandardRules.CompletionAtMost("C", "完成投资比例", PolicySource.Unverified("测试"), table.Decimal("max"));
        var p = Projects.Government();
        Assert.Equal(RuleVerdict.Pass, Run(rule, p).Verdict);

        p.Stage = ProjectStage.Continuing;
        Assert.Equal("completedInvestment", Assert.Single(Run(rule, p).Missing).Key);
        p.CompletedInvestment = 750m;
        Assert.Equal(RuleVerdict.Fail, Run(rule, p, new DateOnly(2023, 6, 1)).Verdict);
        Assert.Equal(RuleVerdict.Pass, Run(rule, p, new DateOnly(2024, 6, 1)).Verdict);
    }
}
