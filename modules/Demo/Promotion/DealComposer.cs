using Bogus;
using Reserve.Promotion.Deals;
using Reserve.Sdk.Projects;
using static Reserve.Demo.Promotion.DealWords;

namespace Reserve.Demo.Promotion;

/// <summary>
/// Builds one demo deal per call, every draw on the one seeded <see cref="Faker"/> in a fixed order: the final
/// stage, then the dates that lead to it, then who, what and how much, then funds and 履约 checks.
/// </summary>
internal sealed class DealComposer(DateOnly today, IReadOnlyList<PromotionEvent> events, IReadOnlyList<ProjectRecord> enterpriseProjects)
{
    private const string DemoUser = "演示数据";
    private const string CityRegion = "620200";

    private static readonly (DealStage Stage, int Weight)[] FinalStages =
    [
        (DealStage.Lead, 10), (DealStage.Intent, 12), (DealStage.Signed, 22), (DealStage.Landed, 20), (DealStage.Started, 22), (DealStage.Producing, 14),
    ];

    private int _nextProject;

    public Deal Compose(Faker f)
    {
        var target = Pick(f, FinalStages);
        var industry = Pick(f, IndustryWeights);
        var pattern = f.PickRandom(ByIndustry[industry]);
        var deal = new Deal
        {
            Industry = industry,
            Department = f.Random.Double() < 0.7 ? LeadDepartment[industry] : "商务局",
            FollowedBy = f.PickRandom(Surnames) + f.PickRandom(GivenNames),
            Region = CityRegion,
            Address = "嘉峪关市" + f.PickRandom(Sites),
            Scale = pattern.Scale,
        };
        var investorBrand = f.PickRandom(BrandFirst) + f.PickRandom(BrandSecond);
        deal.Investor = Pick(f, Origins) + investorBrand + pattern.Trade + Pick(f, Suffixes);
        deal.Name = investorBrand + pattern.Name;
        deal.ContractInvestment = Amount(f, pattern.MinInvestment, pattern.MaxInvestment);

        var signedOn = SigningDate(f, deal, target);
        History(f, deal, target, signedOn);
        if (deal.ReachedOn(DealStage.Landed) is not null && _nextProject < enterpriseProjects.Count)
        {
            TakeProject(deal, enterpriseProjects[_nextProject++]);
        }
        Funds(f, deal);
        Checks(f, deal);
        Classify(deal);
        return deal;
    }

    /// <summary>
    /// 招商方式, 园区 and 产业链 follow from what the deal already is, without another draw on the faker (so adding
    /// them changed no earlier demo deal): a deal signed at an event came by 节会招商; the park is the one in its
    /// address, if any; the chain is its industry's; the rest is spread by a stable hash of the name.
    /// </summary>
    private static void Classify(Deal deal)
    {
        var spread = deal.Name.Sum(c => (int)c);
        deal.Method = deal.EventId is not null ? "节会招商" : OtherMethods[spread % OtherMethods.Length];
        deal.Park = Parks.FirstOrDefault(p => deal.Address?.Contains(p, StringComparison.Ordinal) == true);
        deal.Chain = Chains.GetValueOrDefault(deal.Industry);
        deal.ChainLink = deal.Chain is null ? null : PromotionMethods.ChainLinks[spread / 7 % PromotionMethods.ChainLinks.Count];
    }

    /// <summary>Signed at an event (70%) on its date, or on a working day of the past three years.</summary>
    private DateOnly? SigningDate(Faker f, Deal deal, DealStage target)
    {
        if (target < DealStage.Signed)
        {
            return null;
        }
        if (f.Random.Double() < 0.7)
        {
            var at = f.PickRandom(events.Where(e => e.HeldOn <= today).ToList());
            deal.EventId = at.Id;
            return at.HeldOn;
        }
        return today.AddDays(-f.Random.Int(30, 1000));
    }

    /// <summary>
    /// The dated history up to <paramref name="target"/>: each stage follows the previous by a plausible delay, and
    /// stops early when the next date would pass today. One deal in twelve is put back a stage with a reason.
    /// </summary>
    private void History(Faker f, Deal deal, DealStage target, DateOnly? signedOn)
    {
        var leadOn = (signedOn ?? today).AddDays(-f.Random.Int(60, 300));
        var intentOn = leadOn.AddDays(f.Random.Int(15, 60));
        Add(deal, null, DealStage.Lead, leadOn);
        if (target == DealStage.Lead)
        {
            return;
        }
        Add(deal, DealStage.Lead, DealStage.Intent, intentOn < today ? intentOn : today);
        if (signedOn is not { } signed)
        {
            return;
        }
        Add(deal, DealStage.Intent, DealStage.Signed, signed < intentOn ? intentOn : signed);
        var on = deal.History[^1].On;
        foreach (var (stage, min, max) in new[] { (DealStage.Landed, 20, 200), (DealStage.Started, 20, 150), (DealStage.Producing, 180, 540) })
        {
            var next = on.AddDays(f.Random.Int(min, max));
            if (stage > target || next > today)
            {
                break;
            }
            Add(deal, deal.Stage, stage, next);
            on = next;
        }
        if (f.Random.Int(1, 12) == 1 && deal.Stage is DealStage.Landed or DealStage.Signed)
        {
            var back = deal.Stage == DealStage.Landed ? DealStageBack.LandedToSigned : DealStageBack.SignedToIntent;
            var reasons = BackReasons.Where(r => r.Back == back).ToList();
            var backOn = on.AddDays(f.Random.Int(10, 60));
            if (backOn <= today)
            {
                Add(deal, deal.Stage, deal.Stage - 1, backOn, f.PickRandom(reasons).Reason);
            }
        }
    }

    private static void Add(Deal deal, DealStage? from, DealStage to, DateOnly on, string? reason = null)
    {
        deal.History.Add(new StageChange { From = from, To = to, On = on, Reason = reason, User = DemoUser });
        deal.Stage = to;
    }

    /// <summary>The landed deal is the reserve's enterprise project: its identity and money are the project's.</summary>
    private static void TakeProject(Deal deal, ProjectRecord project)
    {
        deal.ProjectId = project.Id;
        deal.Name = project.Name;
        deal.Investor = project.Unit;
        deal.InvestorCreditCode = project.UnitCreditCode;
        deal.Department = project.Department;
        deal.ContractInvestment = project.TotalInvestment;
        deal.Scale = project.Scale;
        deal.Address = project.Address;
        deal.Region = project.Region ?? deal.Region;
        deal.Industry = IndustryOf(project.Field);
    }

    private static string IndustryOf(ProjectField? field) => field switch
    {
        ProjectField.Energy => "清洁能源",
        ProjectField.CultureTourism => "文化旅游",
        ProjectField.AgricultureRural => "循环农业",
        ProjectField.Ecology => "节能环保",
        ProjectField.NewInfrastructure => "数据信息",
        ProjectField.ColdChainLogistics => "通道物流",
        ProjectField.Industry or ProjectField.Innovation => "先进制造",
        _ => "其他",
    };

    /// <summary>Funds arrive in a few dated instalments after signing; later stages have more of the money in.</summary>
    private void Funds(Faker f, Deal deal)
    {
        if (deal.ReachedOn(DealStage.Signed) is not { } signed)
        {
            return;
        }
        var share = deal.Stage switch
        {
            DealStage.Producing => f.Random.Decimal(0.7m, 1m),
            DealStage.Started => f.Random.Decimal(0.3m, 0.8m),
            DealStage.Landed => f.Random.Decimal(0.05m, 0.4m),
            _ => f.Random.Double() < 0.5 ? 0m : f.Random.Decimal(0m, 0.15m),
        };
        var total = decimal.Round(deal.ContractInvestment * share, 2);
        var instalments = f.Random.Int(1, 5);
        var span = Math.Max(1, today.DayNumber - signed.DayNumber);
        var left = total;
        for (var i = 0; i < instalments && left > 0; i++)
        {
            var amount = i == instalments - 1 ? left : decimal.Round(left * f.Random.Decimal(0.2m, 0.6m), 2);
            if (amount <= 0)
            {
                continue;
            }
            var on = signed.AddDays(span * (i + 1) / (instalments + 1));
            deal.Funds.Add(new FundArrival { On = on, Amount = amount, Note = f.Random.Double() < 0.3 ? "省外到位资金" : null });
            left -= amount;
        }
    }

    /// <summary>履约 checks at quarter ends after signing; a deal that moves on is more often on schedule.</summary>
    private void Checks(Faker f, Deal deal)
    {
        if (deal.ReachedOn(DealStage.Signed) is not { } signed)
        {
            return;
        }
        var likely = deal.Stage >= DealStage.Started ? 0.9 : deal.Stage == DealStage.Landed ? 0.7 : 0.45;
        for (var quarter = QuarterEndAfter(signed); quarter <= today; quarter = QuarterEndAfter(quarter.AddDays(1)))
        {
            if (f.Random.Double() < 0.6)
            {
                var onSchedule = f.Random.Double() < likely;
                deal.Checks.Add(new PerformanceCheck { On = quarter, OnSchedule = onSchedule, Note = onSchedule ? null : "未按合同约定时间推进" });
            }
        }
    }

    private static DateOnly QuarterEndAfter(DateOnly date)
    {
        var quarterLastMonth = ((date.Month - 1) / 3 + 1) * 3;
        return new DateOnly(date.Year, quarterLastMonth, DateTime.DaysInMonth(date.Year, quarterLastMonth));
    }

    private static decimal Amount(Faker f, decimal min, decimal max)
    {
        // Skewed towards small amounts (u²): many small deals, a few large ones; rounded to 100万元 as contracts are.
        var u = f.Random.Decimal(0m, 1m);
        return decimal.Round((min + (max - min) * u * u) / 100m) * 100m;
    }

    private static T Pick<T>(Faker f, IReadOnlyList<(T Item, int Weight)> items)
    {
        var roll = f.Random.Int(0, items.Sum(i => i.Weight) - 1);
        foreach (var (item, weight) in items)
        {
            if (roll < weight)
            {
                return item;
            }
            roll -= weight;
        }
        return items[^1].Item;
    }
}
