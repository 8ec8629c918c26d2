using Reserve.Sdk.Projects;

namespace Reserve.Planning.Allocation;

/// <summary>
/// The allocation in the solver's terms: candidates with their ceilings, each channel's quota, and each
/// project's limits from the stacking rules. Built once, solved by <see cref="CpSatAllocator"/> exactly and by
/// <see cref="GreedyAllocator"/> as the baseline, so both answer the same question.
/// </summary>
internal sealed class AllocationProblem
{
    /// <summary>国发〔2019〕26号: instruments counted as 资本金 at most 50% of it (also the 2022 and 2025 工具 notices).</summary>
    public const decimal InstrumentEquityShare = 0.5m;

    public AllocationProblem(
        IReadOnlyList<PlanCandidate> candidates,
        IReadOnlyList<FundingSourceKind> channelFamilies,
        IReadOnlyList<long?> quotaUnits,
        IReadOnlyList<ProjectLimits> projectLimits,
        IReadOnlyList<int> weights)
    {
        Candidates = candidates;
        ChannelFamilies = channelFamilies;
        QuotaUnits = quotaUnits;
        ProjectLimits = projectLimits;
        Weights = weights;
    }

    public IReadOnlyList<PlanCandidate> Candidates { get; }
    public IReadOnlyList<FundingSourceKind> ChannelFamilies { get; }
    public IReadOnlyList<long?> QuotaUnits { get; }
    public IReadOnlyList<ProjectLimits> ProjectLimits { get; }

    /// <summary>Per candidate: 1 under the amount objective, the project's priority under the priority objective.</summary>
    public IReadOnlyList<int> Weights { get; }

    public FundingSourceKind FamilyOf(PlanCandidate candidate) => ChannelFamilies[candidate.Channel];

    public bool IsDivisible(PlanCandidate candidate) => ChannelFamily.IsDivisible(FamilyOf(candidate));

    /// <summary>中央预算内 once per project, and never beside 超长期特别国债: one pick among both lines.</summary>
    public bool IsExclusive(PlanCandidate candidate) =>
        FamilyOf(candidate) is FundingSourceKind.CentralBudget or FundingSourceKind.UltraLongSpecialBonds;

    public long Objective(IReadOnlyList<long> amounts)
    {
        var sum = 0L;
        for (var i = 0; i < amounts.Count; i++)
        {
            sum += amounts[i] * Weights[i];
        }
        return sum;
    }
}

/// <summary>
/// What one project can take in all, in 0.01 万元: the room left in its total investment after the sources the
/// plan does not decide, its 融资缺口 for 专项债, and half its 资本金 for the instrument.
/// </summary>
internal sealed record ProjectLimits(long SourcesRoom, long BondRoom, long InstrumentRoom)
{
    public static ProjectLimits Of(ProjectRecord project, IReadOnlySet<FundingSourceKind> plannedFamilies)
    {
        var decided = 0m;
        foreach (var line in project.FundingSources)
        {
            if (plannedFamilies.Contains(line.Source))
            {
                decided += line.Planned;
            }
        }
        // The plan takes the place of the lines its channels stand for; the other lines stay as they are.
        var kept = project.PlannedTotal - decided;
        var sourcesRoom = MoneyUnits.Floor(project.TotalInvestment - kept);
        var gap = project.TotalInvestment - (project.PlannedTotal - project.PlannedFrom(FundingSourceKind.SpecialBonds));
        var instrument = project.Equity is { } equity ? MoneyUnits.Floor(equity * AllocationProblem.InstrumentEquityShare) : 0;
        return new ProjectLimits(sourcesRoom, MoneyUnits.Floor(gap), instrument);
    }
}
