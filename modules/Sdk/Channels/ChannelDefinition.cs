using Reserve.Sdk.Facts;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Channels;

/// <summary>A funding channel (or one sub-program of a channel) as a plugin defines it.</summary>
public sealed class ChannelDefinition
{
    /// <summary>Stable id, unique across all plugins, e.g. <c>central-budget.cold-chain</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Chinese name, e.g. 中央预算内投资·城乡冷链和国家物流枢纽.</summary>
    public required string Name { get; init; }

    /// <summary>The line the channel belongs to when it is a sub-program, e.g. 中央预算内投资.</summary>
    public string? Parent { get; init; }

    public required ChannelLevel Level { get; init; }
    public required FundingForm Form { get; init; }

    /// <summary>One Chinese paragraph: what the channel funds and for whom.</summary>
    public string Summary { get; init; } = "";

    /// <summary>The first and last dates the channel exists (e.g. 抗疫特别国债: 2020 only); null is open.</summary>
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }

    /// <summary>Where the validity period comes from; without it the period is reported as 未核实.</summary>
    public PolicySource? PeriodSource { get; init; }

    public IReadOnlyList<FactDescriptor> Facts { get; init; } = [];
    public required IReadOnlyList<EligibilityRule> Rules { get; init; }
    public FundingEstimator? Estimate { get; init; }
    public IReadOnlyList<RequiredMaterial> Materials { get; init; } = [];
    public IReadOnlyList<TemplateDescriptor> Templates { get; init; } = [];

    public bool IsValidOn(DateOnly date) => (ValidFrom is null || date >= ValidFrom) && (ValidTo is null || date <= ValidTo);
}
