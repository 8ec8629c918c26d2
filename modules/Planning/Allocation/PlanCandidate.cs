using Reserve.Matching;

namespace Reserve.Planning.Allocation;

/// <summary>A project × channel pair the plan may use, with the channel's estimate as its ceiling.</summary>
internal sealed record PlanCandidate(
    int Project,
    int Channel,
    decimal Estimate,
    string Basis,
    MatchVerdict Verdict,
    IReadOnlyList<string> Missing,
    int Priority)
{
    /// <summary>The estimate in the solver's integer unit (0.01 万元), rounded down so the plan never exceeds it.</summary>
    public long Units => MoneyUnits.Floor(Estimate);
}
