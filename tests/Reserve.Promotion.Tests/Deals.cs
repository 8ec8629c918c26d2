using Reserve.Promotion.Deals;

namespace Reserve.Promotion.Tests;

/// <summary>Builds deals with a dated history by hand, for metric and rule tests.</summary>
internal static class Deals
{
    public static Deal At(string name, decimal investment, long? eventId = null, string department = "商务局", string industry = "先进制造") => new()
    {
        Name = name,
        Investor = "江苏恒泰新能源科技有限公司",
        Industry = industry,
        Department = department,
        FollowedBy = "王志强",
        EventId = eventId,
        ContractInvestment = investment,
        Region = "620200",
        Address = "嘉峪关市嘉峪关工业园区嘉北片区",
        Scale = "建设光伏组件阵列及升压站",
    };

    public static Deal Moves(this Deal deal, params (DealStage Stage, string On)[] moves)
    {
        foreach (var (stage, on) in moves)
        {
            deal.History.Add(new StageChange { From = deal.History.Count == 0 ? null : deal.Stage, To = stage, On = DateOnly.Parse(on), User = "测试", Reason = deal.History.Count > 0 && stage < deal.Stage ? "测试退回" : null });
            deal.Stage = stage;
        }
        return deal;
    }

    public static Deal Funds(this Deal deal, params (string On, decimal Amount)[] arrivals)
    {
        deal.Funds.AddRange(arrivals.Select(a => new FundArrival { On = DateOnly.Parse(a.On), Amount = a.Amount }));
        return deal;
    }

    public static Deal Checked(this Deal deal, params (string On, bool OnSchedule)[] checks)
    {
        deal.Checks.AddRange(checks.Select(c => new PerformanceCheck { On = DateOnly.Parse(c.On), OnSchedule = c.OnSchedule }));
        return deal;
    }

    public static DateOnly D(string iso) => DateOnly.Parse(iso);
}
