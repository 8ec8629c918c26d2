using System.Globalization;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Planning.NearMisses;

/// <summary>
/// The single changes worth trying on one record, each a real step a department could take: state a fact
/// the rules find missing, complete a pre-work item, raise the 资本金 to a sector minimum, bring the 本息覆盖倍数
/// to a reviewer's threshold, drop a 中央预算内 line that excludes 超长期特别国债, or (scope) recast the field.
/// Which of them matter is not guessed: the finder runs the engine on each.
/// </summary>
internal static class LeverCatalog
{
    // 资本金 minimums of 国发〔2015〕51号 and 〔2019〕26号 (20%–40% by sector); the rules name the one that applies.
    private static readonly decimal[] EquityShares = [0.20m, 0.25m, 0.30m, 0.35m, 0.40m];

    // The hard floor 1.0 (income must cover debt service) and the 1.1 / 1.2 thresholds reviewers of 专项债 commonly use (third-party accounts, not an official text).
    private static readonly decimal[] CoverageSteps = [1.0m, 1.1m, 1.2m];

    public static List<RecordChange> For(ProjectRecord p, IReadOnlySet<string> missingFacts, IReadOnlyDictionary<string, FactDescriptor> channelFacts)
    {
        var levers = new List<RecordChange>();
        Facts(p, missingFacts, channelFacts, levers);
        PreWork(p, levers);
        Money(p, levers);
        Scope(p, levers);
        return levers;
    }

    private static void Facts(ProjectRecord p, IReadOnlySet<string> missing, IReadOnlyDictionary<string, FactDescriptor> channelFacts, List<RecordChange> levers)
    {
        if (p.InNationalLibrary != true)
        {
            levers.Add(new("inNationalLibrary", Text(p.InNationalLibrary), "true", "纳入国家重大建设项目库", ChangeEffort.Material));
        }
        if (p.InRollingPlan != true)
        {
            levers.Add(new("inRollingPlan", Text(p.InRollingPlan), "true", "纳入三年滚动投资计划", ChangeEffort.Material));
        }
        // A fact not stated can be stated; one stated as true (失信, already funded) is history and stays.
        if (p.Dishonest is null)
        {
            levers.Add(new("dishonest", null, "false", "说明项目单位未列入失信名单（附信用核查报告）", ChangeEffort.Material));
        }
        if (p.CentralFundedBefore is null)
        {
            levers.Add(new("centralFundedBefore", null, "false", "说明项目未获其他中央预算内投资支持", ChangeEffort.Material));
        }
        if (p.NegativeList is null)
        {
            levers.Add(new("negativeList", null, "[]", "说明项目不涉及负面清单内容", ChangeEffort.Material));
        }
        foreach (var key in missing.Order(StringComparer.Ordinal))
        {
            if (channelFacts.TryGetValue(key, out var fact) && fact.Type == FactType.Boolean)
            {
                levers.Add(new($"facts.{key}", null, "true", $"补充“{fact.Label}”：是", ChangeEffort.Material));
                levers.Add(new($"facts.{key}", null, "false", $"补充“{fact.Label}”：否", ChangeEffort.Material));
            }
        }
    }

    private static void PreWork(ProjectRecord p, List<RecordChange> levers)
    {
        foreach (var kind in Enum.GetValues<PreWorkKind>())
        {
            var item = p.FindPreWork(kind);
            if (item is { Status: PreWorkStatus.Completed, DocNumber: not null })
            {
                continue;
            }
            var name = ZhNames<PreWorkKind>.Of(kind);
            levers.Add(new($"preWork[{name}].status", item is null ? null : ZhNames<PreWorkStatus>.Of(item.Status),
                ZhNames<PreWorkStatus>.Of(PreWorkStatus.Completed), $"办结{name}（取得文号）", ChangeEffort.Approval));
        }
    }

    private static void Money(ProjectRecord p, List<RecordChange> levers)
    {
        if (p.TotalInvestment > 0m)
        {
            foreach (var share in EquityShares)
            {
                var equity = decimal.Ceiling(p.TotalInvestment * share * 100m) / 100m;
                if (p.Equity is not { } current || current < equity)
                {
                    levers.Add(new("equity", Number(p.Equity), Number(equity),
                        $"项目资本金落实到 {ZhFormat.Wan(equity)}（总投资的 {ZhFormat.Percent(share)}）", ChangeEffort.Money));
                }
            }
        }
        foreach (var step in CoverageSteps)
        {
            if (p.EffectiveCoverageRatio is not { } coverage || coverage < step)
            {
                levers.Add(new("coverageRatio", Number(p.CoverageRatio), Number(step),
                    $"调整收益与融资安排，使本息覆盖倍数达到 {ZhFormat.Times(step)}", ChangeEffort.Money));
            }
        }
        var central = p.PlannedFrom(FundingSourceKind.CentralBudget);
        if (central > 0m)
        {
            var line = ZhNames<FundingSourceKind>.Of(FundingSourceKind.CentralBudget);
            levers.Add(new($"fundingSources[{line}].planned", Number(central), "0",
                $"资金来源中不再安排{line}（{ZhFormat.Wan(central)}）", ChangeEffort.Money));
        }
    }

    private static void Scope(ProjectRecord p, List<RecordChange> levers)
    {
        foreach (var field in Enum.GetValues<ProjectField>())
        {
            if (field != p.Field && field != ProjectField.Other)
            {
                var name = ZhNames<ProjectField>.Of(field);
                levers.Add(new("field", p.Field is { } f ? ZhNames<ProjectField>.Of(f) : null, name,
                    $"调整建设内容，使项目属于“{name}”领域", ChangeEffort.Scope));
            }
        }
    }

    private static string? Text(bool? value) => value is { } v ? (v ? "true" : "false") : null;

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
