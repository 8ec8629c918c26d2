using Reserve.Matching;

namespace Reserve.Planning;

/// <summary>
/// The plan: which project goes to which channel for how much, what each channel's quota holds, how far
/// the solver proved the plan optimal (objective and bound), and what would bring more projects in.
/// </summary>
public sealed record FundingPlan(
    DateOnly AsOf,
    PlanObjective Objective,
    PlanStatus Status,
    decimal Total,
    decimal ObjectiveValue,
    decimal Bound,
    IReadOnlyList<PlanAllocation> Allocations,
    IReadOnlyList<ChannelQuotaUse> Channels,
    IReadOnlyList<NearMiss> NearMisses,
    PlanStatistics Statistics);

/// <summary>The solver's verdict on the plan.</summary>
public enum PlanStatus
{
    /// <summary>Proved optimal: objective equals bound.</summary>
    Optimal,

    /// <summary>A plan within the constraints, stopped at the time limit before the proof.</summary>
    Feasible,

    /// <summary>No candidate pair at all; the empty plan is trivially optimal but says so.</summary>
    NoCandidates,

    /// <summary>The solver found no plan in the time given (not expected: the empty plan is always feasible).</summary>
    Unknown,
}

/// <summary>One project put to one channel.</summary>
public sealed record PlanAllocation(
    string ProjectId,
    string ProjectName,
    string ChannelId,
    string ChannelName,
    decimal Amount,
    decimal Estimate,
    string EstimateBasis,
    MatchVerdict Verdict,
    IReadOnlyList<string> Missing,
    int Priority,
    ApplicationDates? Window);

/// <summary>The dates to apply for one allocation, from the plugin's manifest windows.</summary>
public sealed record ApplicationDates(string Name, DateOnly Opens, DateOnly Closes, bool OpenNow);

/// <summary>A channel's quota and what the plan puts in it; a null quota is not capped.</summary>
public sealed record ChannelQuotaUse(string ChannelId, string ChannelName, decimal? Quota, decimal Allocated, int Projects);

/// <summary>
/// Sizes, times, and the baseline: what taking the largest estimates first (greedy by amount) would have
/// given under the same limits, so the plan's gain over it can be shown.
/// </summary>
public sealed record PlanStatistics(
    int Projects,
    int Channels,
    int Candidates,
    decimal GreedyTotal,
    decimal GreedyObjectiveValue,
    int NearMissProjects,
    double MatchSeconds,
    double SolveSeconds,
    double NearMissSeconds);
