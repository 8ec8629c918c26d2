using Reserve.Matching;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Standard;
using static Reserve.Benchmarks.ConditionTally;
using V = Reserve.Benchmarks.Condition;

namespace Reserve.Benchmarks;

/// <summary>
/// The floor: the fourteen conditions of <see cref="FixedRuleSet"/> as plain C# over the record, with the
/// same three-valued logic (a condition whose fact is absent is unknown, never pass or fail) and the same
/// order. <see cref="Verdict"/> evaluates every condition, as the engine does; <see cref="VerdictShortCircuit"/>
/// stops at the first failure, which is all a verdict needs.
/// </summary>
public static class HandWritten
{
    public static MatchVerdict Verdict(ProjectRecord p, DateOnly asOf)
    {
        var tally = new ConditionTally();
        tally.Add(Code(p));
        tally.Add(Approval(p));
        tally.Add(Budget(p));
        tally.Add(Lapse(p, asOf));
        tally.Add(Equity(p, asOf));
        tally.Add(p.Dishonest is not { } dishonest ? V.Unknown : Is(!dishonest));
        tally.Add(p.CentralFundedBefore is not { } funded ? V.Unknown : Is(!funded));
        tally.Add(p.FundingSources.Count == 0 ? V.Unknown : Is(p.PlannedTotal <= p.TotalInvestment));
        tally.Add(Library(p));
        tally.Add(PreWork(p));
        tally.Add(p.NegativeList is not { } list ? V.Unknown : Is(!Involves(list)));
        tally.Add(p.EffectiveCoverageRatio is not { } coverage ? V.Unknown : Is(coverage >= FixedRuleSet.MinCoverage));
        tally.Add(p.Field is not { } field ? V.Unknown : Is(IsSupported(field)));
        tally.Add(Completion(p));
        return tally.Verdict;
    }

    public static MatchVerdict VerdictShortCircuit(ProjectRecord p, DateOnly asOf)
    {
        var tally = new ConditionTally();
        if (tally.Add(Code(p))
            || tally.Add(Approval(p))
            || tally.Add(Budget(p))
            || tally.Add(Lapse(p, asOf))
            || tally.Add(Equity(p, asOf))
            || tally.Add(p.Dishonest is not { } dishonest ? V.Unknown : Is(!dishonest))
            || tally.Add(p.CentralFundedBefore is not { } funded ? V.Unknown : Is(!funded))
            || tally.Add(p.FundingSources.Count == 0 ? V.Unknown : Is(p.PlannedTotal <= p.TotalInvestment))
            || tally.Add(Library(p))
            || tally.Add(PreWork(p))
            || tally.Add(p.NegativeList is not { } list ? V.Unknown : Is(!Involves(list)))
            || tally.Add(p.EffectiveCoverageRatio is not { } coverage ? V.Unknown : Is(coverage >= FixedRuleSet.MinCoverage))
            || tally.Add(p.Field is not { } field ? V.Unknown : Is(IsSupported(field)))
            || tally.Add(Completion(p)))
        {
            return MatchVerdict.Ineligible;
        }
        return tally.Verdict;
    }

    private static V Code(ProjectRecord p) => string.IsNullOrWhiteSpace(p.Code) ? V.Unknown : Is(ProjectCodeFormat.IsWellFormed(p.Code));

    private static V Budget(ProjectRecord p) => p.DesignBudget is not { } budget ? V.NotApplicable
        : p.FeasibilityEstimate is not { } estimate ? V.Unknown
        : Is(budget <= estimate * 1.1m);

    private static V Equity(ProjectRecord p, DateOnly asOf) =>
        p.Equity is null || p.Field is null ? V.Unknown : Is(p.EquityRatio >= EquityMinimums.For(p, asOf).Minimum);

    private static V Library(ProjectRecord p) =>
        p.InNationalLibrary is not { } library || p.InRollingPlan is not { } plan ? V.Unknown : Is(library && plan);

    private static V Approval(ProjectRecord p)
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
        var found = p.FindPreWork(item);
        var design = item == PreWorkKind.FeasibilityApproval ? p.FindPreWork(PreWorkKind.PreliminaryDesignApproval) : null;
        if (found is null && design is null)
        {
            return V.Unknown;
        }
        return Is(found?.Status == PreWorkStatus.Completed || design?.Status == PreWorkStatus.Completed);
    }

    private static V Lapse(ProjectRecord p, DateOnly asOf)
    {
        if (p.ProjectType != ProjectType.Authorization)
        {
            return V.NotApplicable;
        }
        if (p.FindPreWork(PreWorkKind.Authorization) is not { } approval)
        {
            return V.Unknown;
        }
        if (approval.Status != PreWorkStatus.Completed || p.ActualStart.HasValue)
        {
            return V.Pass;
        }
        if (approval.Date is not { } date)
        {
            return V.Unknown;
        }
        return Is(asOf <= (approval.Expires ?? date.AddYears(2)));
    }

    private static V PreWork(ProjectRecord p)
    {
        var environment = p.FindPreWork(PreWorkKind.EnvironmentalApproval);
        var land = p.FindPreWork(PreWorkKind.LandPreExamination);
        if (environment is null || land is null)
        {
            return V.Unknown;
        }
        return Is(IsDone(environment.Status) && IsDone(land.Status));
    }

    private static bool IsDone(PreWorkStatus status) => status is PreWorkStatus.Completed or PreWorkStatus.Committed;

    private static bool Involves(List<NegativeListItem> list)
    {
        foreach (var item in list)
        {
            if (item is NegativeListItem.OfficeBuildings or NegativeListItem.VanityProjects or NegativeListItem.RealEstateDevelopment or NegativeListItem.LandReserve)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSupported(ProjectField field) => field is ProjectField.Transport or ProjectField.WaterConservancy
        or ProjectField.MunicipalUtilities or ProjectField.OldResidentialCommunities or ProjectField.AffordableHousing
        or ProjectField.Ecology or ProjectField.SocialLivelihood or ProjectField.PublicHealth;

    private static V Completion(ProjectRecord p)
    {
        if (p.Stage is ProjectStage.Planning or ProjectStage.Preparation && p.ActualStart is null)
        {
            return V.Pass;
        }
        return p.CompletionRatio is not { } ratio ? V.Unknown : Is(ratio <= FixedRuleSet.MaxCompletion);
    }
}
