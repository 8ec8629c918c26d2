using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// A programme whose own notice is not available and whose rules are taken from the channels it routes to (the
/// Gansu provincial 专项 of 2020): its rules are applied by inference, so none makes a project 不符合 on its own —
/// an objection reads 待核实 until the programme's notice confirms it. The rules that bind every investment project
/// by statute, whatever the channel, are not inferences and keep deciding.
/// </summary>
public static class InferredRules
{
    /// <summary>
    /// 项目代码 (发改投资〔2020〕1439号), the approval chain, 概算 within 110% and a lapsed 核准 (政府投资条例, 企业投资
    /// 项目核准和备案管理条例), funding sources within the total: none depends on which channel is asked.
    /// </summary>
    public static readonly IReadOnlySet<string> Statutory = new HashSet<string>(StringComparer.Ordinal)
    {
        "BASE-CODE", "BASE-APPROVAL", "BASE-BUDGET", "BASE-LAPSE", "BASE-SOURCES",
    };

    public static IReadOnlyList<EligibilityRule> Of(IEnumerable<EligibilityRule> rules) =>
        [.. rules.Select(r => r.Source.AppliedByInference || Statutory.Contains(r.Id) ? r : r.WithSource(r.Source with { AppliedByInference = true }))];
}
