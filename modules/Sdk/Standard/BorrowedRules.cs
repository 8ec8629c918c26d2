using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// A programme whose own notice is not available takes its baseline from the national channels it routes to
/// (the Gansu provincial 专项 of 2020). Each national rule is delegated to unchanged, under the same id, title
/// and messages, with its source marked as borrowed and a note saying that the provincial use is an inference.
/// </summary>
public static class BorrowedRules
{
    /// <summary>Appended to a borrowed citation: results show the citation but not the note, so the mark makes the inference visible.</summary>
    public const string Marker = "（甘肃省级专项按推定套用）";

    public static EligibilityRule From(EligibilityRule national, string inference) =>
        national.WithSource(Mark(national.Source, inference));

    /// <summary>The national source, its confidence unchanged, marked as borrowed and with the inference added to its note.</summary>
    public static PolicySource Mark(PolicySource national, string inference) =>
        national with
        {
            Citation = national.Citation + Marker,
            Note = string.IsNullOrWhiteSpace(national.Note) ? inference : $"{national.Note}。{inference}",
        };

    /// <summary>
    /// The statutory baseline every provincial programme borrows, in the order results list it: 项目代码, the approval
    /// chain (no 容缺承诺: a subsidy needs its procedures completed), a lapsed 核准 where the programme's works are
    /// 核准 projects, 概算 within the estimate, and funding sources within the total.
    /// </summary>
    public static IEnumerable<EligibilityRule> Baseline(string inference, bool authorizationMayLapse = false)
    {
        yield return From(StandardRules.ProjectCode(), inference);
        yield return From(StandardRules.ApprovalChain(), inference);
        if (authorizationMayLapse)
        {
            yield return From(StandardRules.AuthorizationNotLapsed(), inference);
        }
        yield return From(StandardRules.DesignBudgetWithinEstimate(), inference);
        yield return From(StandardRules.PlannedSourcesWithinTotal(), inference);
    }
}
