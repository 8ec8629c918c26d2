using Bogus;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Projects;

/// <summary>
/// One kind of project a department puts forward (e.g. 老旧小区改造, 污水处理厂扩建): its name and scale
/// text, the department that owns it, its investment range and how it is usually financed. Keeping all of
/// this per pattern is what makes the records coherent: a 冷链物流中心 is never filed by 教育局.
/// </summary>
internal sealed class ProjectPattern
{
    public required ProjectField Field { get; init; }

    /// <summary>Owning departments; the first is the usual one, the others occur now and then.</summary>
    public required string[] Departments { get; init; }

    public required SiteKind Site { get; init; }

    /// <summary>Total investment in 万元 before 估算/概算 adjustments.</summary>
    public required AmountRange Investment { get; init; }

    public required Func<Faker, PatternDraw, string> Name { get; init; }

    /// <summary>建设规模及内容, written from the drawn size so that the text matches the money.</summary>
    public required Func<Faker, PatternDraw, string> Scale { get; init; }

    /// <summary>Cost per unit of size in 万元 (per 公里, 户, 兆瓦 …); the size is investment ÷ unit cost.</summary>
    public SizeMeasure? Size { get; init; }

    public AttributeMix Attributes { get; init; } = AttributeMix.GovernmentOnly;

    /// <summary>How enterprise investment is authorised for this kind of project (most are 备案).</summary>
    public ProjectType EnterpriseApproval { get; init; } = ProjectType.Filing;

    /// <summary>Candidate 建设性质, repeated to weight them.</summary>
    public ConstructionNature[] Natures { get; init; } = [ConstructionNature.New];

    public (int Min, int Max) DurationMonths { get; init; } = (12, 24);

    /// <summary>GB/T 4754-2017 code, only where the class is unambiguous; otherwise left empty.</summary>
    public string? IndustryCode { get; init; }

    /// <summary>收益来源 for projects that can repay a 专项债 from their own income; null when they cannot.</summary>
    public string? RevenueSources { get; init; }

    /// <summary>用地面积 in 亩 for projects on new land; null for works on existing sites.</summary>
    public Func<Faker, PatternDraw, decimal>? LandMu { get; init; }

    public string[] Tags { get; init; } = [];

    /// <summary>负面清单 items a reviewer might plausibly find in this kind of project.</summary>
    public NegativeListItem[] PossibleNegatives { get; init; } = [NegativeListItem.NoRevenue];

    /// <summary>Trades used to compose enterprise and project-company names (新能源, 冷链物流 …).</summary>
    public string[] Trades { get; init; } = ["建设发展"];

    /// <summary>A unit this pattern always uses when government-invested (the hospital in its own name).</summary>
    public Func<Faker, PatternDraw, UnitInfo>? GovernmentUnit { get; init; }

    /// <summary>A unit this pattern always uses when enterprise-invested (the grid company, a cooperative).</summary>
    public Func<Faker, PatternDraw, UnitInfo>? EnterpriseUnit { get; init; }

    public ChannelFactKind Facts { get; init; } = ChannelFactKind.None;

    public bool NeedsNewLand => LandMu is not null;

    /// <summary>Whether the works put up buildings or structures that need a 建设工程规划许可.</summary>
    public bool Builds { get; init; } = true;
}

/// <summary>The per-record draws a pattern's name and scale text are written from.</summary>
internal sealed record PatternDraw(Site Site, string Brand, string Ordinal, decimal Size, decimal Amount, int StartYear);

/// <summary>Size from money: size = investment ÷ a unit cost drawn in [MinUnitCost, MaxUnitCost].</summary>
internal sealed record SizeMeasure(decimal MinUnitCost, decimal MaxUnitCost, int Decimals = 0, decimal Minimum = 1m);

/// <summary>Relative weights of 政府投资, 企业投资 and 政府和社会资本合作.</summary>
internal sealed record AttributeMix(int Government, int Enterprise, int Partnership)
{
    public static readonly AttributeMix GovernmentOnly = new(1, 0, 0);
    public static readonly AttributeMix EnterpriseOnly = new(0, 1, 0);
}

/// <summary>Which channel facts (渠道要素) a pattern carries.</summary>
internal enum ChannelFactKind
{
    None,
    /// <summary>老旧小区改造: builtYear, households, residentConsent …</summary>
    OldCommunity,
    /// <summary>冷链物流 built by a company: coldStorageTonnes, coldStorageCubicMetres, applicantKind = 企业.</summary>
    ColdChain,
    /// <summary>Farm-gate cold storage of a 合作社 or 家庭农场 (the 农业农村部 programme).</summary>
    ColdChainFarm,
}
