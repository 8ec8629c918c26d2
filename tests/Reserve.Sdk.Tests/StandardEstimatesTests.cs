using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Standard;
using Xunit;

namespace Reserve.Sdk.Tests;

public sealed class StandardEstimatesTests
{
    private static readonly RuleContext Context = new(new DateOnly(2026, 10, 15));

    private static readonly FundingEstimator Provincial =
        StandardEstimates.RequestPlanOrGap("gs-x", "甘肃省级专项·某", FundingSourceKind.ProvincialFiscal, "省级补助比例未取得");

    [Fact]
    public void The_request_to_the_channel_comes_first_by_id_or_by_name()
    {
        var p = Projects.Government();
        p.FundingSources.Add(new FundingSourceLine { Source = FundingSourceKind.ProvincialFiscal, Planned = 200m });
        p.Requests = [new ChannelRequest { Channel = "gs-x", Amount = 120m }, new ChannelRequest { Channel = "甘肃省级专项·某", Amount = 30m }, new ChannelRequest { Channel = "other", Amount = 999m }];

        var estimate = Provincial(p, Context)!;

        Assert.Equal(150m, estimate.Amount);
        Assert.Contains("拟申请金额", estimate.Basis);
        Assert.Contains("省级补助比例未取得", estimate.Basis);
        Assert.Contains(StandardEstimates.NotPolicy, estimate.Basis);
    }

    [Fact]
    public void Without_a_request_the_planned_line_of_the_channel_kind()
    {
        var p = Projects.Government();
        p.FundingSources.Add(new FundingSourceLine { Source = FundingSourceKind.ProvincialFiscal, Planned = 200m });

        var estimate = Provincial(p, Context)!;

        Assert.Equal(200m, estimate.Amount);
        Assert.Contains("省级财政资金", estimate.Basis);
    }

    [Fact]
    public void Without_either_the_funding_gap_is_the_ceiling()
    {
        var p = Projects.Government(); // 总投资 1000, 市县财政 400 planned

        var estimate = Provincial(p, Context)!;

        Assert.Equal(600m, estimate.Amount);
        Assert.Contains("资金缺口", estimate.Basis);
    }

    [Fact]
    public void A_fully_funded_project_gets_zero_with_the_reason()
    {
        var p = Projects.Government();
        p.FundingSources = [new FundingSourceLine { Source = FundingSourceKind.MunicipalFiscal, Planned = 1000m }];

        var estimate = Provincial(p, Context)!;

        Assert.Equal(0m, estimate.Amount);
        Assert.Contains("已覆盖总投资", estimate.Basis);
    }

    [Fact]
    public void The_policy_estimate_wins_and_the_request_stands_in_only_when_it_cannot_be_made()
    {
        FundingEstimator policy = (p, _) => p.Equity is { } e ? new FundingEstimate(e / 2, "政策") : null;
        var estimator = StandardEstimates.OrRequested(policy, "policy-finance", "政策性开发性金融工具");
        var p = Projects.Government();
        p.Requests = [new ChannelRequest { Channel = "policy-finance", Amount = 80m }];

        Assert.Equal(150m, estimator(p, Context)!.Amount);
        p.Equity = null;
        Assert.Equal(80m, estimator(p, Context)!.Amount);
        p.Requests = [];
        Assert.Null(estimator(p, Context));
    }
}
