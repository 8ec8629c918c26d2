namespace Reserve.Planning.Allocation;

/// <summary>The amount given to each candidate (0.01 万元, in candidate order) and what the solver proved.</summary>
internal sealed record AllocationResult(long[] Amounts, long Objective, long Bound, PlanStatus Status, double Seconds);
