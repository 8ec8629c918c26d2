using Bogus;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Projects;

/// <summary>
/// The money of a record, in 万元: 可研估算 and 初设概算 as far as the approvals have got, 总投资 taken
/// from the latest of them, 资本金, progress figures for started projects, funding lines that never add
/// up to more than the total (the remainder is the 资金缺口), and bond-style revenue figures.
/// </summary>
internal static class Financing
{
    /// <summary>Share of 初设概算 drawn above 1.1 × 可研估算, to exercise 政府投资条例 Art. 12.</summary>
    private const double OverrunShare = 0.07;

    public static void Apply(Faker f, ProjectRecord r, ProjectPattern pattern, PatternDraw draw, UnitInfo unit)
    {
        Estimates(f, r, draw.Amount);
        var total = r.TotalInvestment;
        r.Equity = f.Chance(0.94) ? Money.Round2(total * f.Random.Decimal(0.20m, 0.60m)) : null;

        var started = r.Stage is ProjectStage.NewStart or ProjectStage.Continuing;
        if (started)
        {
            // Some 续建 projects are past 80 %, which 超长期特别国债 and the 2025 financial instrument refuse.
            var share = r.Stage == ProjectStage.NewStart ? f.Random.Decimal(0.03m, 0.40m) : f.Random.Decimal(0.25m, 0.95m);
            r.CompletedInvestment = Money.Round2(total * share);
            r.AnnualPlan = Money.Round2(Math.Min(total - r.CompletedInvestment.Value, total * f.Random.Decimal(0.20m, 0.60m)));
        }
        else if (r.Stage == ProjectStage.Preparation ? f.Chance(0.8) : f.Chance(0.3))
        {
            r.AnnualPlan = Money.Round2(total * f.Random.Decimal(0.10m, 0.50m));
        }

        // A few ideas have no financing plan yet.
        if (!(r.Stage == ProjectStage.Planning && f.Chance(0.15)))
        {
            r.FundingSources = Sources(f, r, pattern, draw, unit, started);
        }
        Revenue(f, r, pattern);
    }

    /// <summary>
    /// 可研估算 exists once a 可研 (or 核准/备案) is done or drafted; 初设概算 once the 初步设计 is approved.
    /// 总投资 follows the latest figure, as departments update it.
    /// </summary>
    private static void Estimates(Faker f, ProjectRecord r, decimal baseAmount)
    {
        var feasibilityDone = IsCompleted(r, PreWorkKind.FeasibilityApproval) || IsCompleted(r, PreWorkKind.Authorization) || IsCompleted(r, PreWorkKind.Filing);
        var hasEstimate = feasibilityDone || (r.Stage == ProjectStage.Planning ? f.Chance(0.3) : f.Chance(0.8));
        r.FeasibilityEstimate = hasEstimate ? baseAmount : null;
        if (hasEstimate && (IsCompleted(r, PreWorkKind.PreliminaryDesignApproval) || f.Chance(0.05)))
        {
            var factor = f.Chance(OverrunShare) ? f.Random.Decimal(1.12m, 1.30m) : f.Random.Decimal(0.92m, 1.08m);
            r.DesignBudget = Money.Round2(baseAmount * factor);
        }
        r.TotalInvestment = r.DesignBudget ?? baseAmount;
    }

    private static bool IsCompleted(ProjectRecord r, PreWorkKind item) => r.FindPreWork(item)?.Status == PreWorkStatus.Completed;

    /// <summary>
    /// The funding plan. A 中央预算内投资 line is the amount the department means to ask for, sized as such
    /// requests are (per household for 老旧小区, a share of the 核定投资 otherwise, now and then above the
    /// channel's ceiling); the other lines share out the rest by weight. A plan that already names a channel
    /// request (中央预算内, 专项债, 特别国债) is usually balanced, since the request is what closes the gap;
    /// plans without one often leave a 资金缺口 for the matcher to fill.
    /// </summary>
    private static List<FundingSourceLine> Sources(Faker f, ProjectRecord r, ProjectPattern pattern, PatternDraw draw, UnitInfo unit, bool started)
    {
        var mix = new List<(FundingSourceKind Source, decimal Weight)>();
        var revenue = pattern.RevenueSources is not null;
        var asksCentral = false;
        var asksFarmSubsidy = false;
        switch (r.Attribute)
        {
            case ProjectAttribute.Enterprise:
                mix.Add((FundingSourceKind.EnterpriseOwn, r.EquityRatio is { } e ? e * 100m : 35m));
                AddIf(f, mix, 0.75, FundingSourceKind.BankLoans, 55m);
                // Farm-gate stores ask the 农业农村部 subsidy (中央财政, outside 中央预算内); cold-chain companies the NDRC 专项.
                asksFarmSubsidy = pattern.Facts == ChannelFactKind.ColdChainFarm && f.Chance(0.6);
                asksCentral = pattern.Facts != ChannelFactKind.ColdChainFarm && f.Chance(pattern.Facts == ChannelFactKind.ColdChain ? 0.45 : 0.15);
                AddIf(f, mix, 0.10, FundingSourceKind.ProvincialFiscal, 5m);
                AddIf(f, mix, 0.10, FundingSourceKind.PrivateCapital, 20m);
                break;
            case ProjectAttribute.PublicPrivatePartnership:
                mix.Add((FundingSourceKind.PrivateCapital, 30m));
                AddIf(f, mix, 0.8, FundingSourceKind.BankLoans, 50m);
                AddIf(f, mix, 0.6, FundingSourceKind.MunicipalFiscal, 15m);
                break;
            default:
                asksCentral = f.Chance(pattern.Facts == ChannelFactKind.OldCommunity ? 0.7 : 0.45);
                AddIf(f, mix, 0.15, FundingSourceKind.UltraLongSpecialBonds, 30m);
                AddIf(f, mix, 0.30, FundingSourceKind.ProvincialFiscal, 10m);
                AddIf(f, mix, 0.85, FundingSourceKind.MunicipalFiscal, 25m);
                AddIf(f, mix, revenue ? 0.65 : 0.0, FundingSourceKind.SpecialBonds, 40m);
                AddIf(f, mix, 0.08, FundingSourceKind.GeneralBonds, 15m);
                AddIf(f, mix, unit.Kind == UnitKind.StateEnterprise ? 0.5 : 0.0, FundingSourceKind.BankLoans, 25m);
                AddIf(f, mix, revenue ? 0.05 : 0.0, FundingSourceKind.PolicyFinancialInstrument, 10m);
                if (pattern.Facts == ChannelFactKind.OldCommunity)
                {
                    // 居民出资 and 管线单位出资 are small but characteristic of 老旧小区改造.
                    AddIf(f, mix, 0.8, FundingSourceKind.ResidentContribution, 3m);
                    AddIf(f, mix, 0.3, FundingSourceKind.EnterpriseOwn, 5m);
                }
                if (mix.Count == 0)
                {
                    mix.Add((FundingSourceKind.MunicipalFiscal, 1m));
                }
                break;
        }

        var total = r.TotalInvestment;
        var (requestSource, request) = asksCentral ? (FundingSourceKind.CentralBudget, CentralRequest(f, total, pattern, draw))
            : asksFarmSubsidy ? (FundingSourceKind.OtherCentralFiscal, FarmSubsidyRequest(f, total))
            : (FundingSourceKind.Other, 0m);
        var namesRequest = request > 0m || mix.Any(m => m.Source is FundingSourceKind.SpecialBonds or FundingSourceKind.UltraLongSpecialBonds);
        var coverage = f.Chance(namesRequest ? 0.8 : 0.35) ? 1m : f.Random.Decimal(0.50m, 0.98m);
        var rest = Math.Max(0m, total * coverage - request);
        var weights = mix.Sum(m => m.Weight);

        var lines = new List<FundingSourceLine>(mix.Count + 1);
        if (request > 0m)
        {
            lines.Add(Line(f, r, requestSource, request, started));
        }
        foreach (var (source, weight) in mix)
        {
            var planned = Money.Floor2(rest * weight / weights);
            if (planned > 0m)
            {
                lines.Add(Line(f, r, source, planned, started));
            }
        }
        // Each line is rounded down; a balanced plan gives the few 分 left over to its last line, so that it
        // adds up to the total exactly (a rule comparing the two must not see a 0.01 万元 gap).
        if (coverage == 1m && lines.Count > 0 && total - lines.Sum(l => l.Planned) is var remainder and > 0m)
        {
            lines[^1].Planned += remainder;
        }
        return lines;
    }

    /// <summary>
    /// What a department would ask of 中央预算内投资: 1–2.2 万元 per household for 老旧小区 (the cap is 2),
    /// 10–33 % of the investment for cold chain (the cap is 30 %, at most 5000 万元), 10–35 % otherwise.
    /// Never more than 60 % of the total, so that local money is always part of the plan.
    /// </summary>
    private static decimal CentralRequest(Faker f, decimal total, ProjectPattern pattern, PatternDraw draw)
    {
        var asked = pattern.Facts switch
        {
            ChannelFactKind.OldCommunity => draw.Size * f.Random.Decimal(1.0m, 2.2m),
            ChannelFactKind.ColdChain or ChannelFactKind.ColdChainFarm => Math.Min(total * f.Random.Decimal(0.10m, 0.33m), f.Chance(0.9) ? 5000m : 5500m),
            _ => total * f.Random.Decimal(0.10m, 0.35m),
        };
        return Money.Floor2(Math.Min(asked, total * 0.6m));
    }

    /// <summary>
    /// The 农业农村部 仓储保鲜冷链设施 subsidy a 合作社 or 家庭农场 would ask: up to 30 % of the cost and
    /// 100 万元 per applicant (先建后补), now and then a little above either.
    /// </summary>
    private static decimal FarmSubsidyRequest(Faker f, decimal total) =>
        Money.Floor2(Math.Min(total * f.Random.Decimal(0.10m, 0.33m), f.Chance(0.9) ? 100m : 120m));

    /// <summary>Money has arrived only on started projects (and a 0 is sometimes stated for 前期 ones).</summary>
    private static FundingSourceLine Line(Faker f, ProjectRecord r, FundingSourceKind source, decimal planned, bool started)
    {
        decimal? arrived = started ? Money.Floor2(planned * f.Random.Decimal(0.30m, 1.00m))
            : r.Stage == ProjectStage.Preparation && f.Chance(0.3) ? 0m
            : null;
        return new FundingSourceLine { Source = source, Planned = planned, Arrived = arrived };
    }

    private static void AddIf(Faker f, List<(FundingSourceKind, decimal)> mix, double probability, FundingSourceKind source, decimal weight)
    {
        if (f.Chance(probability))
        {
            mix.Add((source, weight));
        }
    }

    /// <summary>
    /// 收益与融资自求平衡: projects with their own income state their revenue and, when they would borrow
    /// (专项债, loans), the debt service. Most cover it 1.1× or better; some fall short on purpose.
    /// </summary>
    private static void Revenue(Faker f, ProjectRecord r, ProjectPattern pattern)
    {
        if (pattern.RevenueSources is null)
        {
            return;
        }
        r.RevenueSources = f.Chance(0.9) ? pattern.RevenueSources : null;
        var borrows = r.Attribute != ProjectAttribute.Enterprise ? f.Chance(0.75) : f.Chance(0.3);
        if (!borrows)
        {
            return;
        }
        var principal = r.PlannedFrom(FundingSourceKind.SpecialBonds) + r.PlannedFrom(FundingSourceKind.BankLoans);
        if (principal <= 0m)
        {
            principal = r.TotalInvestment * f.Random.Decimal(0.30m, 0.60m);
        }
        var years = f.Random.Int(10, 20);
        var rate = f.Random.Decimal(0.022m, 0.035m);
        var debtService = Money.Round2(principal * (1m + rate * years));
        var coverage = f.Chance(0.12) ? f.Random.Decimal(0.85m, 1.09m) : f.Random.Decimal(1.10m, 2.60m);
        r.ProjectRevenue = Money.Round2(debtService * coverage);
        // Now and then the debt side is not filled in, so the coverage ratio cannot be computed.
        r.DebtService = f.Chance(0.92) ? debtService : null;
    }
}
