using System.Diagnostics;
using Reserve.Sdk.Projects;

namespace Reserve.Planning.Allocation;

/// <summary>
/// The baseline a clerk would follow by hand: the largest estimates first, each taken whole if every limit
/// still allows it (a bond or instrument takes what is left). It ignores what a large pick shuts out, which is
/// what the exact plan is measured against.
/// </summary>
internal static class GreedyAllocator
{
    public static AllocationResult Solve(AllocationProblem problem)
    {
        var watch = Stopwatch.StartNew();
        var candidates = problem.Candidates;
        var amounts = new long[candidates.Count];
        var quotaLeft = problem.QuotaUnits.Select(q => q ?? long.MaxValue).ToArray();
        var projects = problem.ProjectLimits.Count;
        var sourcesLeft = problem.ProjectLimits.Select(l => l.SourcesRoom).ToArray();
        var bondLeft = problem.ProjectLimits.Select(l => l.BondRoom).ToArray();
        var instrumentLeft = problem.ProjectLimits.Select(l => l.InstrumentRoom).ToArray();
        var exclusiveTaken = new bool[projects];

        var order = Enumerable.Range(0, candidates.Count)
            .OrderByDescending(i => candidates[i].Units * problem.Weights[i])
            .ThenBy(i => i);
        foreach (var i in order)
        {
            var c = candidates[i];
            var exclusive = problem.IsExclusive(c);
            if (exclusive && exclusiveTaken[c.Project])
            {
                continue;
            }
            var family = problem.FamilyOf(c);
            var room = Math.Min(quotaLeft[c.Channel], sourcesLeft[c.Project]);
            if (family == FundingSourceKind.SpecialBonds)
            {
                room = Math.Min(room, bondLeft[c.Project]);
            }
            if (family == FundingSourceKind.PolicyFinancialInstrument)
            {
                room = Math.Min(room, instrumentLeft[c.Project]);
            }
            var take = problem.IsDivisible(c) ? Math.Min(room, c.Units) : (c.Units <= room ? c.Units : 0);
            if (take <= 0)
            {
                continue;
            }
            amounts[i] = take;
            quotaLeft[c.Channel] -= take;
            sourcesLeft[c.Project] -= take;
            if (family == FundingSourceKind.SpecialBonds)
            {
                bondLeft[c.Project] -= take;
            }
            if (family == FundingSourceKind.PolicyFinancialInstrument)
            {
                instrumentLeft[c.Project] -= take;
            }
            exclusiveTaken[c.Project] |= exclusive;
        }
        var objective = problem.Objective(amounts);
        // A greedy pass proves nothing: its bound is its own value, and its status only says it is a valid plan.
        return new AllocationResult(amounts, objective, objective, PlanStatus.Feasible, watch.Elapsed.TotalSeconds);
    }
}
