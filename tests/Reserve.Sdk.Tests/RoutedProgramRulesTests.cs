using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;
using Xunit;

namespace Reserve.Sdk.Tests;

public sealed class RoutedProgramRulesTests
{
    private static readonly ParameterTable Table = ParameterTable.Parse("""
        { "parameters": {
            "fields": { "label": "领域", "values": { "2020-01-01": ["交通"] } },
            "words": { "label": "关键词", "values": { "2020-01-01": ["农村公路"] } },
            "floor": { "label": "覆盖倍数", "values": { "2020-01-01": 1.0 } },
            "lines": { "label": "国家渠道", "values": { "2020-01-01": ["中央预算内投资"] } }
        } }
        """);

    private static readonly PolicySource Source = PolicySource.Unverified("测试");

    private static RuleVerdict Run(EligibilityRule rule, ProjectRecord p) => rule.Evaluate(p, new RuleContext(new DateOnly(2025, 9, 10)));

    [Fact]
    public void Scope_decides_on_words_first_and_leaves_a_missing_field_unknown()
    {
        var rule = RoutedProgramRules.Scope("S", "范围", "农村道路", Source, Table.List("fields"), Table.List("words"));
        Assert.Equal(RuleVerdict.Fail, Run(rule, new ProjectRecord { Name = "城市道路工程", Scale = "", Field = ProjectField.Transport }));
        Assert.Equal(RuleVerdict.Unknown, Run(rule, new ProjectRecord { Name = "农村公路改造", Scale = "" }));
        Assert.Equal(RuleVerdict.Pass, Run(rule, new ProjectRecord { Name = "农村公路改造", Scale = "", Field = ProjectField.Transport }));
        Assert.Equal(RuleVerdict.Fail, Run(rule, new ProjectRecord { Name = "农村公路改造", Scale = "", Field = ProjectField.WaterConservancy }));
    }

    [Fact]
    public void Bond_balance_applies_only_when_the_plan_uses_special_bonds()
    {
        var rule = RoutedProgramRules.BondBalance("B", Source, Table.Decimal("floor"));
        Assert.Equal(RuleVerdict.Unknown, Run(rule, new ProjectRecord()));
        var bond = new FundingSourceLine { Source = FundingSourceKind.SpecialBonds, Planned = 100 };
        Assert.Equal(RuleVerdict.NotApplicable, Run(rule, new ProjectRecord { FundingSources = [new FundingSourceLine { Source = FundingSourceKind.BankLoans, Planned = 100 }] }));
        Assert.Equal(RuleVerdict.Unknown, Run(rule, new ProjectRecord { FundingSources = [bond] }));
        Assert.Equal(RuleVerdict.Pass, Run(rule, new ProjectRecord { FundingSources = [bond], ProjectRevenue = 100, DebtService = 100 }));
        Assert.Equal(RuleVerdict.Fail, Run(rule, new ProjectRecord { FundingSources = [bond], CoverageRatio = 0.99m }));
        Assert.Contains("1倍", rule.Title);
    }

    [Fact]
    public void The_national_channel_hint_scores_but_never_decides()
    {
        var rule = RoutedProgramRules.NationalChannelInPlan("N", Source, Table.List("lines"), 10);
        Assert.False(rule.DecidesVerdict);
        Assert.Equal(RuleVerdict.Pass, Run(rule, new ProjectRecord { FundingSources = [new FundingSourceLine { Source = FundingSourceKind.CentralBudget, Planned = 5 }] }));
        Assert.Equal(RuleVerdict.Fail, Run(rule, new ProjectRecord { FundingSources = [new FundingSourceLine { Source = FundingSourceKind.BankLoans, Planned = 5 }] }));
    }
}
