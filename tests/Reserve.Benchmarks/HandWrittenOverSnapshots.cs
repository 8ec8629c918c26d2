using Reserve.Matching;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Standard;
using static Reserve.Benchmarks.ConditionTally;
using V = Reserve.Benchmarks.Condition;

namespace Reserve.Benchmarks;

/// <summary>
/// The floor over the engine's own input: the fourteen conditions of <see cref="FixedRuleSet"/> as plain C# over
/// <see cref="ProjectSnapshot"/>, the compact form a match pass reads, with the same three-valued logic and order
/// as <see cref="HandWritten"/>. The engine over kept snapshots is measured against this loop, like with like.
/// </summary>
public static class HandWrittenOverSnapshots
{
    private static readonly ulong NegativeMask = NegativeListItems.Mask(FixedRuleSet.NegativeItems);

    public static MatchVerdict Verdict(ProjectSnapshot p, DateOnly asOf)
    {
        var tally = new ConditionTally();
        tally.Add(!p.HasCode ? V.Unknown : Is(p.HasWellFormedCode));
        tally.Add(Approval(p));
        tally.Add(p.DesignBudget is not { } budget ? V.NotApplicable : p.FeasibilityEstimate is not { } estimate ? V.Unknown : Is(budget <= estimate * 1.1m));
        tally.Add(Lapse(p, asOf));
        tally.Add(p.Equity is null || p.Field is null ? V.Unknown : Is(p.EquityRatio >= EquityMinimums.For(p, asOf).Minimum));
        tally.Add(p.Dishonest is not { } dishonest ? V.Unknown : Is(!dishonest));
        tally.Add(p.CentralFundedBefore is not { } funded ? V.Unknown : Is(!funded));
        tally.Add(p.FundingSourceCount == 0 ? V.Unknown : Is(p.PlannedTotal <= p.TotalInvestment));
        tally.Add(p.InNationalLibrary is not { } library || p.InRollingPlan is not { } plan ? V.Unknown : Is(library && plan));
        tally.Add(PreWork(p));
        tally.Add(p.InvolvesAny(NegativeMask) is not { } involved ? V.Unknown : Is(!involved));
        tally.Add(p.EffectiveCoverageRatio is not { } coverage ? V.Unknown : Is(coverage >= FixedRuleSet.MinCoverage));
        tally.Add(p.Field is not { } field ? V.Unknown : Is(field is ProjectField.Transport or ProjectField.WaterConservancy
            or ProjectField.MunicipalUtilities or ProjectField.OldResidentialCommunities or ProjectField.AffordableHousing
            or ProjectField.Ecology or ProjectField.SocialLivelihood or ProjectField.PublicHealth));
        tally.Add(Completion(p));
        return tally.Verdict;
    }

    private static V Approval(ProjectSnapshot p)
    {
        if (p.ProjectType is not { } type)
        {
            return V.Unknown;
        }
        var item = type switch
        {
            ProjectType.Authorization => PreWorkKind.Authorization,
            ProjectType.Filing => PreWorkKind.Filing,
            _ => PreWorkKind.FeasibilityApproval,
        };
        var found = p.StatusOf(item);
        var design = item == PreWorkKind.FeasibilityApproval ? p.StatusOf(PreWorkKind.PreliminaryDesignApproval) : null;
        if (found is null && design is null)
        {
            return V.Unknown;
        }
        return Is(found == PreWorkStatus.Completed || design == PreWorkStatus.Completed);
    }

    private static V Lapse(ProjectSnapshot p, DateOnly asOf)
    {
        if (p.ProjectType != ProjectType.Authorization)
        {
            return V.NotApplicable;
        }
        if (p.StatusOf(PreWorkKind.Authorization) is not { } status)
        {
            return V.Unknown;
        }
        if (status != PreWorkStatus.Completed || p.ActualStart.HasValue)
        {
            return V.Pass;
        }
        var approval = p.FindPreWork(PreWorkKind.Authorization)!;
        if (approval.Date is not { } date)
        {
            return V.Unknown;
        }
        return Is(asOf <= (approval.Expires ?? date.AddYears(2)));
    }

    private static V PreWork(ProjectSnapshot p)
    {
        if (p.StatusOf(PreWorkKind.EnvironmentalApproval) is not { } environment || p.StatusOf(PreWorkKind.LandPreExamination) is not { } land)
        {
            return V.Unknown;
        }
        return Is(environment is PreWorkStatus.Completed or PreWorkStatus.Committed && land is PreWorkStatus.Completed or PreWorkStatus.Committed);
    }

    private static V Completion(ProjectSnapshot p)
    {
        if (p.Stage is ProjectStage.Planning or ProjectStage.Preparation && p.ActualStart is null)
        {
            return V.Pass;
        }
        return p.CompletionRatio is not { } ratio ? V.Unknown : Is(ratio <= FixedRuleSet.MaxCompletion);
    }
}
