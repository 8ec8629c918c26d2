using Reserve.Channels;
using Reserve.Matching;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Planning.Tests;

/// <summary>
/// Channels and projects for crafted reserves: every channel admits a project whose name does not contain
/// “拒绝” and estimates what the project requests from it, so each test sets amounts by hand.
/// </summary>
internal static class PlanChannels
{
    public static readonly DateOnly AsOf = new(2026, 10, 15);

    public static FundingPlanner Planner(params ChannelDefinition[] channels) =>
        new(new MatchEngine(ChannelCatalog.FromDefinitions("test", "1.0.0", channels)));

    public static ChannelDefinition Subsidy(string id, string? parent = null, string? name = null) =>
        Channel(id, name ?? $"测试补助·{id}", parent, FundingForm.Subsidy, ChannelLevel.National);

    /// <summary>Named as the line so the planner counts it as 超长期特别国债.</summary>
    public static ChannelDefinition UltraLong(string id = "ultra") =>
        Channel(id, "超长期特别国债（测试）", null, FundingForm.Subsidy, ChannelLevel.National);

    public static ChannelDefinition CentralBudget(string id) =>
        Channel(id, $"中央预算内投资·{id}", "中央预算内投资", FundingForm.Subsidy, ChannelLevel.National);

    public static ChannelDefinition SpecialBonds(string id = "bonds") =>
        Channel(id, "地方政府专项债券", null, FundingForm.Bond, ChannelLevel.Provincial);

    public static ChannelDefinition Instrument(string id = "instrument") =>
        Channel(id, "政策性开发性金融工具", null, FundingForm.EquityInjection, ChannelLevel.National);

    private static ChannelDefinition Channel(string id, string name, string? parent, FundingForm form, ChannelLevel level) => new()
    {
        Id = id,
        Name = name,
        Parent = parent,
        Level = level,
        Form = form,
        Rules =
        [
            Rule.Hard($"{id}-ADMIT", "项目未被拒绝")
                .From(PolicySource.Unverified("测试"))
                .Check((p, _) => !p.Name.Contains("拒绝", StringComparison.Ordinal))
                .Fail((_, _) => "项目被拒绝")
                .Build(),
        ],
        Estimate = (p, _) => p.Requests.Where(r => r.Channel == id).Sum(r => r.Amount) is > 0m and var amount
            ? new FundingEstimate(amount, "拟申请金额")
            : null,
    };

    /// <summary>A project of an ordinary field (no 两新一重 tag), planned, without funding lines.</summary>
    public static ProjectRecord Project(string id, decimal total, params (string Channel, decimal Amount)[] requests) => new()
    {
        Id = id,
        Name = $"测试项目{id}",
        Department = "发改委",
        Unit = "测试单位",
        Scale = "测试内容",
        Field = ProjectField.Industry,
        Stage = ProjectStage.Planning,
        TotalInvestment = total,
        Requests = [.. requests.Select(r => new ChannelRequest { Channel = r.Channel, Amount = r.Amount })],
    };

    public static PlanRequest Request(params (string Channel, decimal Quota)[] quotas) =>
        new(AsOf, quotas.ToDictionary(q => q.Channel, q => q.Quota)) { FindNearMisses = false, Workers = 1 };

    public static decimal Amount(FundingPlan plan, string project, string channel) =>
        plan.Allocations.Where(a => a.ProjectId == project && a.ChannelId == channel).Sum(a => a.Amount);
}
