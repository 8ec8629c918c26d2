using Reserve.Sdk.Projects;

namespace Reserve.Planning;

/// <summary>What the plan maximizes.</summary>
public enum PlanObjective
{
    /// <summary>The total amount allocated, in 万元.</summary>
    [ZhName("资金总额最大")] Amount,

    /// <summary>The amount weighted by each project's priority (两新一重, 重点项目 tier, readiness).</summary>
    [ZhName("优先级加权最大")] Priority,
}

/// <summary>
/// One planning question: as of a date, within these per-channel quotas (万元; a channel without a quota is
/// not capped), which projects should go to which channel.
/// </summary>
public sealed record PlanRequest(DateOnly AsOf, IReadOnlyDictionary<string, decimal> Quotas)
{
    public PlanObjective Objective { get; init; } = PlanObjective.Amount;

    /// <summary>Also allocate 待补充信息 pairs, each listing what is still missing.</summary>
    public bool IncludeNeedsInformation { get; init; }

    /// <summary>Look for verified near-misses (怎样才能符合) for every pair that is not 符合.</summary>
    public bool FindNearMisses { get; init; } = true;

    /// <summary>
    /// Near-misses are looked for in this many projects, those of largest total investment that have a channel
    /// not yet 符合 (each project costs one engine run per change tried); the plan says how many were examined.
    /// </summary>
    public int NearMissProjects { get; init; } = 300;

    /// <summary>The solver stops here with the best plan found and reports its bound.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Threads for matching and for the solver.</summary>
    public int Workers { get; init; } = Math.Max(1, Math.Min(Environment.ProcessorCount, 8));
}
