using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching.Tests;

/// <summary>Channels defined in code, each exercising one part of the engine's semantics.</summary>
internal static class TestChannels
{
    public static readonly FactDescriptor Tonnes = new("tonnes", "冷库库容", FactType.Number, "吨");

    public static readonly DateOnly AsOf = new(2025, 9, 10);

    /// <summary>An engine over channels defined in code (not named Engine: that is a namespace of the module under test).</summary>
    public static MatchEngine EngineOf(params ChannelDefinition[] channels) =>
        new(Reserve.Channels.ChannelCatalog.FromDefinitions("test", "1.0.0", channels));

    public static ChannelDefinition Simple(string id = "simple") => new()
    {
        Id = id,
        Name = "简单渠道",
        Level = ChannelLevel.National,
        Form = FundingForm.Subsidy,
        Facts = [Tonnes],
        Rules =
        [
            Rule.Hard("S-TOTAL", "总投资不低于500万元")
                .From(PolicySource.CommonlyKnown("测试"))
                .Check((p, _) => p.TotalInvestment >= 500)
                .Fail((p, _) => $"总投资 {p.TotalInvestment} 万元，低于要求的 500 万元")
                .Build(),
            Rule.Exclusion("S-DISHONEST", "未列入失信名单")
                .From(PolicySource.CommonlyKnown("测试"))
                .Requires(CommonFacts.Dishonest)
                .Check((p, _) => p.Dishonest == false)
                .Fail((_, _) => "已列入失信名单")
                .Build(),
            Rule.Hard("S-TONNES", "冷库库容不低于100吨")
                .From(PolicySource.CommonlyKnown("测试"))
                .AppliesWhen((p, _) => p.Field == ProjectField.ColdChainLogistics)
                .Requires(FactRef.Channel(Tonnes))
                .Check((p, _) => p.Facts["tonnes"].Number >= 100)
                .Fail((p, _) => $"冷库库容 {p.Facts["tonnes"].Number} 吨，低于要求的 100 吨")
                .Build(),
            Rule.Scoring("S-CODE", "已赋项目代码", 10)
                .From(PolicySource.CommonlyKnown("测试"))
                .Requires(CommonFacts.Code)
                .Check((_, _) => true)
                .Fail((_, _) => "")
                .Build(),
        ],
        Estimate = (p, _) => new FundingEstimate(Math.Min(p.TotalInvestment * 0.3m, 5000m), "总投资 × 30%，上限 5000 万元"),
        Materials = [RequiredMaterial.FromPreWork("S-M1", PreWorkKind.FeasibilityApproval, PolicySource.CommonlyKnown("测试"))],
    };

    public static ChannelDefinition Throwing() => new()
    {
        Id = "throwing",
        Name = "会出错的渠道",
        Level = ChannelLevel.Municipal,
        Form = FundingForm.Subsidy,
        Rules =
        [
            Rule.Hard("T-1", "总是出错")
                .From(PolicySource.CommonlyKnown("测试"))
                .Check((_, _) => throw new InvalidOperationException("规则内部错误"))
                .Fail((_, _) => "")
                .Build(),
        ],
    };

    public static ChannelDefinition Only2020() => new()
    {
        Id = "only-2020",
        Name = "2020年渠道",
        Level = ChannelLevel.National,
        Form = FundingForm.Bond,
        ValidFrom = new DateOnly(2020, 1, 1),
        ValidTo = new DateOnly(2020, 12, 31),
        Rules =
        [
            Rule.Hard("Y-1", "总投资大于0")
                .From(PolicySource.CommonlyKnown("测试"))
                .Check((p, _) => p.TotalInvestment > 0)
                .Fail((_, _) => "总投资为0")
                .Build(),
        ],
    };

    public static ProjectRecord Project(Action<ProjectRecord>? change = null)
    {
        var p = new ProjectRecord
        {
            Id = "2027-0001",
            Name = "嘉峪关市冷链物流中心建设项目",
            Department = "商务局",
            Unit = "嘉峪关市物流有限公司",
            Scale = "新建冷库2万吨",
            Field = ProjectField.ColdChainLogistics,
            TotalInvestment = 2000m,
            Dishonest = false,
            Code = "2025-620200-48-01-000123",
            Facts = new(StringComparer.Ordinal) { ["tonnes"] = FactValue.Of(150m) },
        };
        change?.Invoke(p);
        return p;
    }
}
