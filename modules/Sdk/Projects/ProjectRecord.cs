using System.Text.Json.Serialization;
using Reserve.Sdk.Facts;

namespace Reserve.Sdk.Projects;

/// <summary>
/// The candidate-project record (储备项目) of the project record. Every amount is in 万元.
/// A null value means "not given", which rules report as missing, never as 否 or 0.
/// </summary>
public sealed class ProjectRecord
{
    // Identity and ownership
    public string? Id { get; set; }
    public string? Code { get; set; }
    public string Name { get; set; } = "";
    public string Department { get; set; } = "";
    public string Unit { get; set; } = "";
    public string? UnitCreditCode { get; set; }
    public string? Leader { get; set; }
    public string? Contact { get; set; }

    // Classification
    public ProjectType? ProjectType { get; set; }
    public ProjectAttribute? Attribute { get; set; }
    public ProjectField? Field { get; set; }
    public string? IndustryCode { get; set; }
    public ConstructionNature? Nature { get; set; }
    // A list given as null (a JSON "tags": null) is an empty one: rules, checks and snapshots read lists
    // without testing them for null. The negative list is the exception, where null means "not stated".
    public List<string> Tags { get; set => field = value ?? []; } = [];

    // Scope and schedule
    public string? Region { get; set; }
    public string? Address { get; set; }
    public string Scale { get; set; } = "";
    public decimal? LandArea { get; set; }
    public DateOnly? PlannedStart { get; set; }
    public DateOnly? PlannedEnd { get; set; }
    public ProjectStage? Stage { get; set; }
    public DateOnly? ActualStart { get; set; }

    // Money
    public decimal TotalInvestment { get; set; }
    public decimal? Equity { get; set; }
    public decimal? FeasibilityEstimate { get; set; }
    public decimal? DesignBudget { get; set; }
    public decimal? CompletedInvestment { get; set; }
    public decimal? AnnualPlan { get; set; }
    public List<FundingSourceLine> FundingSources { get; set => field = value ?? []; } = [];
    public List<ChannelRequest> Requests { get; set => field = value ?? []; } = [];

    // Revenue
    public string? RevenueSources { get; set; }
    public decimal? ProjectRevenue { get; set; }
    public decimal? DebtService { get; set; }
    public decimal? CoverageRatio { get; set; }

    // Pre-work
    public List<PreWorkItem> PreWork { get; set => field = value ?? []; } = [];

    // Compliance
    public bool? Dishonest { get; set; }
    public bool? CentralFundedBefore { get; set; }
    /// <summary>Null: not stated. Empty: stated that nothing on the list is involved.</summary>
    public List<NegativeListItem>? NegativeList { get; set; }
    public bool? InNationalLibrary { get; set; }
    public bool? InRollingPlan { get; set; }

    // Channel-specific facts, keyed by the plugin's fact key.
    public Dictionary<string, FactValue> Facts { get; set => field = value ?? new(StringComparer.Ordinal); } = new(StringComparer.Ordinal);

    /// <summary>本息覆盖倍数 as given, or revenue ÷ debt service when both are given.</summary>
    [JsonIgnore]
    public decimal? EffectiveCoverageRatio =>
        CoverageRatio ?? (ProjectRevenue is { } r && DebtService is > 0m and var d ? Math.Round(r / d, 4) : null);

    /// <summary>累计完成投资 ÷ 总投资, when both are known.</summary>
    [JsonIgnore]
    public decimal? CompletionRatio =>
        CompletedInvestment is { } c && TotalInvestment > 0 ? c / TotalInvestment : null;

    /// <summary>资本金 ÷ 总投资, when both are known.</summary>
    [JsonIgnore]
    public decimal? EquityRatio =>
        Equity is { } e && TotalInvestment > 0 ? e / TotalInvestment : null;

    public decimal PlannedFrom(FundingSourceKind source)
    {
        var sum = 0m;
        foreach (var line in FundingSources)
        {
            if (line.Source == source)
            {
                sum += line.Planned;
            }
        }
        return sum;
    }

    [JsonIgnore]
    public decimal PlannedTotal
    {
        get
        {
            var sum = 0m;
            foreach (var line in FundingSources)
            {
                sum += line.Planned;
            }
            return sum;
        }
    }

    public PreWorkItem? FindPreWork(PreWorkKind item)
    {
        foreach (var p in PreWork)
        {
            if (p.Item == item)
            {
                return p;
            }
        }
        return null;
    }

    public bool TryGetFact(string key, out FactValue value) => Facts.TryGetValue(key, out value);
}
