using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using Reserve.Sdk.Projects;

namespace Reserve.Planning.Allocation;

/// <summary>
/// The exact plan with OR-Tools CP-SAT. One Boolean per candidate says whether it is used; a subsidy's amount
/// is its whole estimate, a bond's or instrument's any whole number of 0.01 万元 up to it. Constraints: each
/// channel's quota; per project, one pick among 中央预算内 sub-programmes and 超长期特别国债 together, the
/// instrument within half the 资本金, 专项债 within the 融资缺口, everything within the total investment. The
/// greedy plan is given as a hint, so the solver starts from the baseline and only improves on it.
/// </summary>
internal static class CpSatAllocator
{
    public static AllocationResult Solve(AllocationProblem problem, TimeSpan timeLimit, int workers, AllocationResult? hint = null)
    {
        var watch = Stopwatch.StartNew();
        var candidates = problem.Candidates;
        if (candidates.Count == 0)
        {
            return new AllocationResult([], 0, 0, PlanStatus.NoCandidates, 0);
        }
        var model = new CpModel();
        var used = new BoolVar[candidates.Count];
        var amount = new LinearExpr[candidates.Count];
        var divisible = new IntVar?[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            used[i] = model.NewBoolVar("");
            if (problem.IsDivisible(c))
            {
                var x = model.NewIntVar(0, c.Units, "");
                // Used means at least one unit, and nothing unless used.
                model.Add(x <= c.Units * used[i]);
                model.Add(x >= used[i]);
                divisible[i] = x;
                amount[i] = x;
            }
            else
            {
                amount[i] = LinearExpr.Term(used[i], c.Units);
            }
        }

        AddQuotas(model, problem, amount);
        AddProjectLimits(model, problem, used, amount);

        var objective = LinearExpr.NewBuilder();
        for (var i = 0; i < candidates.Count; i++)
        {
            objective.AddTerm(amount[i], problem.Weights[i]);
        }
        model.Maximize(objective);

        if (hint is not null)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                model.AddHint(used[i], hint.Amounts[i] > 0 ? 1 : 0);
                if (divisible[i] is { } x)
                {
                    model.AddHint(x, hint.Amounts[i]);
                }
            }
        }

        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{timeLimit.TotalSeconds:0.###} num_workers:{Math.Max(1, workers)} random_seed:1"),
        };
        var status = solver.Solve(model);
        var amounts = new long[candidates.Count];
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                amounts[i] = solver.Value(amount[i]);
            }
        }
        else if (hint is not null)
        {
            // No solution of its own in the time given (a loaded machine): the baseline it was handed is still a
            // valid plan, reported as merely feasible with whatever bound the solver proved.
            amounts = [.. hint.Amounts];
        }
        var value = problem.Objective(amounts);
        // Without a bound from the solver, every candidate at its full estimate bounds any plan from above.
        var proved = double.IsFinite(solver.BestObjectiveBound)
            ? (long)Math.Floor(solver.BestObjectiveBound)
            : candidates.Select((c, i) => c.Units * problem.Weights[i]).Sum();
        var bound = status == CpSolverStatus.Optimal ? value : proved;
        var planStatus = status switch
        {
            CpSolverStatus.Optimal => PlanStatus.Optimal,
            // A valid plan whose value reaches the proved upper bound is optimal, whoever found it.
            _ when (status == CpSolverStatus.Feasible || hint is not null) && value >= bound => PlanStatus.Optimal,
            CpSolverStatus.Feasible => PlanStatus.Feasible,
            _ when hint is not null => PlanStatus.Feasible,
            _ => PlanStatus.Unknown,
        };
        return new AllocationResult(amounts, value, Math.Max(bound, value), planStatus, watch.Elapsed.TotalSeconds);
    }

    private static void AddQuotas(CpModel model, AllocationProblem problem, LinearExpr[] amount)
    {
        var perChannel = new List<int>?[problem.QuotaUnits.Count];
        for (var i = 0; i < problem.Candidates.Count; i++)
        {
            (perChannel[problem.Candidates[i].Channel] ??= []).Add(i);
        }
        for (var channel = 0; channel < perChannel.Length; channel++)
        {
            if (problem.QuotaUnits[channel] is { } quota && perChannel[channel] is { } members)
            {
                model.AddLinearConstraint(LinearExpr.Sum(members.Select(i => amount[i])), 0, quota);
            }
        }
    }

    private static void AddProjectLimits(CpModel model, AllocationProblem problem, BoolVar[] used, LinearExpr[] amount)
    {
        foreach (var members in problem.Candidates.Select((c, i) => (c.Project, i)).GroupBy(x => x.Project, x => x.i))
        {
            var limits = problem.ProjectLimits[members.Key];
            var all = members.ToList();
            model.AddLinearConstraint(LinearExpr.Sum(all.Select(i => amount[i])), 0, limits.SourcesRoom);

            var exclusive = all.Where(i => problem.IsExclusive(problem.Candidates[i])).ToList();
            if (exclusive.Count > 1)
            {
                model.AddAtMostOne(exclusive.Select(i => (ILiteral)used[i]));
            }
            AddFamilyLimit(model, problem, all, amount, FundingSourceKind.SpecialBonds, limits.BondRoom);
            AddFamilyLimit(model, problem, all, amount, FundingSourceKind.PolicyFinancialInstrument, limits.InstrumentRoom);
        }
    }

    private static void AddFamilyLimit(CpModel model, AllocationProblem problem, List<int> members, LinearExpr[] amount, FundingSourceKind family, long room)
    {
        var inFamily = members.Where(i => problem.FamilyOf(problem.Candidates[i]) == family).ToList();
        if (inFamily.Count > 0)
        {
            model.AddLinearConstraint(LinearExpr.Sum(inFamily.Select(i => amount[i])), 0, Math.Max(0, room));
        }
    }
}
