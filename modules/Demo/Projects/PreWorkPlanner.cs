using Bogus;
using Reserve.Sdk.Projects;
using static System.FormattableString;

namespace Reserve.Demo.Projects;

/// <summary>What the pre-work plan depends on.</summary>
internal sealed record PreWorkInput(
    ProjectPattern Pattern,
    ProjectType? ProjectType,
    ProjectAttribute Attribute,
    ProjectStage Stage,
    ConstructionNature Nature,
    decimal Amount,
    DateOnly AsOf,
    DateOnly? ActualStart);

/// <summary>
/// The 前期工作 list: the approval chain that fits the project (政府投资 → 建议书, 可研, 初设; 企业投资 → 核准
/// or 备案; 老旧小区 → 居民意愿征询 and 实施方案 first), advanced as far as the stage implies, with 文号 and
/// dates in chain order. Now and then an item is left out, a 核准 is let lapse or a 容缺承诺 falls due,
/// so that the engine's missing-fact and validity rules have something to find.
/// </summary>
internal static class PreWorkPlanner
{
    /// <summary>Items a started project may still be finishing under a 容缺承诺.</summary>
    private static readonly PreWorkKind[] DeferrableItems =
    [
        PreWorkKind.EnergyReview, PreWorkKind.SocialStabilityAssessment, PreWorkKind.ConstructionPlanningPermit,
        PreWorkKind.ConstructionPermit, PreWorkKind.FiscalReview,
    ];

    public static List<PreWorkItem> Plan(Faker f, PreWorkInput input)
    {
        var chain = Chain(f, input);
        // A 核准 not acted on for over two years lapses (企业投资项目核准和备案管理条例): some 前期 projects
        // got theirs long ago and stalled.
        var lapsed = input.Stage == ProjectStage.Preparation && chain.Contains(PreWorkKind.Authorization) && f.Chance(0.3);
        var items = input.Stage switch
        {
            ProjectStage.Planning => Planning(f, chain),
            ProjectStage.Preparation => Preparation(f, chain, lapsed ? chain.IndexOf(PreWorkKind.Authorization) + 1 : 1),
            _ => Started(f, chain),
        };
        // Occasionally an item is simply not reported: the engine must say 待补充, not 否.
        if (items.Count > 2)
        {
            items.RemoveAll(_ => f.Chance(0.03));
        }
        Date(f, input, items, lapsed);
        return items;
    }

    private static List<PreWorkKind> Chain(Faker f, PreWorkInput input)
    {
        var p = input.Pattern;
        if (p.Facts == ChannelFactKind.OldCommunity)
        {
            return
            [
                PreWorkKind.ResidentConsultation, PreWorkKind.ImplementationPlan, PreWorkKind.FeasibilityApproval,
                PreWorkKind.PreliminaryDesignApproval, PreWorkKind.FiscalReview, PreWorkKind.Tendering, PreWorkKind.ConstructionPermit,
            ];
        }

        var newSite = p.NeedsNewLand && input.Nature is ConstructionNature.New or ConstructionNature.Relocation or ConstructionNature.Expansion;
        var chain = new List<PreWorkKind>();
        // A record that leaves 项目类型 blank still went through the chain its attribute implies.
        var type = input.ProjectType
            ?? (input.Attribute == ProjectAttribute.Enterprise ? p.EnterpriseApproval : ProjectType.Approval);
        switch (type)
        {
            case ProjectType.Approval:
                // Small and partial works may skip the 建议书 (政府投资条例 Art. 13, simplified procedure).
                if (input.Amount >= 3000m || f.Chance(0.5))
                {
                    chain.Add(PreWorkKind.ProposalApproval);
                }
                AddIf(chain, newSite, PreWorkKind.LandPreExamination);
                chain.Add(PreWorkKind.FeasibilityApproval);
                AddAssessments(f, chain, input);
                AddIf(chain, p.RevenueSources is not null && input.Attribute != ProjectAttribute.Enterprise, PreWorkKind.ImplementationPlan);
                chain.Add(PreWorkKind.PreliminaryDesignApproval);
                AddIf(chain, newSite, PreWorkKind.LandUsePlanningPermit);
                AddIf(chain, p.Builds, PreWorkKind.ConstructionPlanningPermit);
                AddIf(chain, input.Attribute == ProjectAttribute.Government, PreWorkKind.FiscalReview);
                chain.Add(PreWorkKind.Tendering);
                chain.Add(PreWorkKind.ConstructionPermit);
                break;
            case ProjectType.Authorization:
                AddIf(chain, newSite, PreWorkKind.LandPreExamination);
                AddAssessments(f, chain, input);
                chain.Add(PreWorkKind.Authorization);
                AddIf(chain, newSite, PreWorkKind.LandUsePlanningPermit);
                AddIf(chain, p.Builds, PreWorkKind.ConstructionPlanningPermit);
                chain.Add(PreWorkKind.ConstructionPermit);
                break;
            default:
                chain.Add(PreWorkKind.Filing);
                // New construction land needs 用地预审 whatever the 项目类型.
                AddIf(chain, newSite, PreWorkKind.LandPreExamination);
                AddAssessments(f, chain, input);
                AddIf(chain, newSite, PreWorkKind.LandUsePlanningPermit);
                AddIf(chain, p.Builds, PreWorkKind.ConstructionPlanningPermit);
                chain.Add(PreWorkKind.ConstructionPermit);
                break;
        }
        return chain;
    }

    private static void AddAssessments(Faker f, List<PreWorkKind> chain, PreWorkInput input)
    {
        AddIf(chain, f.Chance(0.9), PreWorkKind.EnvironmentalApproval);
        AddIf(chain, input.Amount >= 1000m && f.Chance(0.7), PreWorkKind.EnergyReview);
        AddIf(chain, f.Chance(0.6), PreWorkKind.SocialStabilityAssessment);
    }

    private static void AddIf(List<PreWorkKind> chain, bool condition, PreWorkKind item)
    {
        if (condition)
        {
            chain.Add(item);
        }
    }

    /// <summary>谋划: half report nothing yet; the rest list the first steps, at most one under way.</summary>
    private static List<PreWorkItem> Planning(Faker f, List<PreWorkKind> chain)
    {
        if (f.Chance(0.5))
        {
            return [];
        }
        var items = chain.Take(f.Random.Int(1, Math.Min(3, chain.Count))).Select(k => Item(k, PreWorkStatus.NotStarted)).ToList();
        if (f.Chance(0.4))
        {
            items[0].Status = PreWorkStatus.InProgress;
        }
        return items;
    }

    /// <summary>前期: the first steps done, the next one or two under way or promised (容缺承诺), the rest not started.</summary>
    private static List<PreWorkItem> Preparation(Faker f, List<PreWorkKind> chain, int minimumDone)
    {
        var done = Math.Max(minimumDone, f.Random.Int(1, Math.Max(1, chain.Count - 3)));
        var items = new List<PreWorkItem>(chain.Count);
        for (var i = 0; i < chain.Count; i++)
        {
            var status = i < done ? PreWorkStatus.Completed
                : i == done ? (f.Chance(0.35) ? PreWorkStatus.Committed : PreWorkStatus.InProgress)
                : i == done + 1 && f.Chance(0.3) ? PreWorkStatus.InProgress
                : PreWorkStatus.NotStarted;
            items.Add(Item(chain[i], status));
        }
        // Some departments list only what they have started on.
        if (f.Chance(0.2))
        {
            items.RemoveAll(item => item.Status == PreWorkStatus.NotStarted);
        }
        return items;
    }

    /// <summary>新开工/续建: everything done, except now and then one item still finishing under a 容缺承诺.</summary>
    private static List<PreWorkItem> Started(Faker f, List<PreWorkKind> chain)
    {
        var items = chain.Select(k => Item(k, PreWorkStatus.Completed)).ToList();
        var deferrable = items.Where(i => DeferrableItems.Contains(i.Item)).ToList();
        if (deferrable.Count > 0 && f.Chance(0.12))
        {
            f.Pick(deferrable).Status = f.Chance(0.7) ? PreWorkStatus.Committed : PreWorkStatus.InProgress;
        }
        return items;
    }

    private static PreWorkItem Item(PreWorkKind kind, PreWorkStatus status) => new() { Item = kind, Status = status };

    /// <summary>Dates completed items in chain order inside a window that ends before the start (or before today).</summary>
    private static void Date(Faker f, PreWorkInput input, List<PreWorkItem> items, bool lapsed)
    {
        var completed = items.Where(i => i.Status == PreWorkStatus.Completed).ToList();
        var to = input.ActualStart ?? input.AsOf.AddDays(-3);
        var from = to.AddMonths(-f.Random.Int(input.ActualStart is null ? 3 : 6, input.ActualStart is null ? 24 : 30));
        if (lapsed)
        {
            // Everything done so far predates the two-year limit of the 核准.
            to = input.AsOf.AddMonths(-f.Random.Int(25, 34));
            from = to.AddMonths(-12);
        }
        var days = completed.Select(_ => f.DayBetween(from, to)).Order().ToArray();
        for (var i = 0; i < completed.Count; i++)
        {
            var item = completed[i];
            item.Date = days[i];
            item.DocNumber = f.Chance(0.05) ? null : DocNumber(f, item.Item, days[i]);
            item.Expires = item.Item switch
            {
                PreWorkKind.Authorization => days[i].AddYears(2),
                PreWorkKind.LandPreExamination => days[i].AddYears(3),
                _ => null,
            };
        }
        foreach (var item in items.Where(i => i.Status == PreWorkStatus.Committed))
        {
            // The promise was signed shortly before the start (or recently); a few are already overdue.
            var signed = (input.ActualStart ?? input.AsOf).AddDays(-f.Random.Int(5, 90));
            item.Date = signed;
            item.Expires = signed.AddMonths(f.Random.Int(2, 9));
        }
    }

    /// <summary>文号 in the city's styles; 备案 is numbered with the 项目代码 and filled in by the composer.</summary>
    private static string? DocNumber(Faker f, PreWorkKind item, DateOnly date)
    {
        var y = date.Year;
        var n = f.Random.Int(1, 260);
        var p = Jiayuguan.DocPrefix;
        var region = Jiayuguan.RegionCode;
        return item switch
        {
            PreWorkKind.ProposalApproval or PreWorkKind.FeasibilityApproval or PreWorkKind.PreliminaryDesignApproval => Invariant($"{p}发改审批〔{y}〕{n}号"),
            PreWorkKind.Authorization => Invariant($"{p}发改核准〔{y}〕{n}号"),
            PreWorkKind.Filing => null,
            PreWorkKind.LandPreExamination => Invariant($"用字第{region}{y}{n:D5}号"),
            PreWorkKind.LandUsePlanningPermit => Invariant($"地字第{region}{y}{n:D5}号"),
            PreWorkKind.ConstructionPlanningPermit => Invariant($"建字第{region}{y}{n:D5}号"),
            PreWorkKind.ConstructionPermit => Invariant($"{region}{date:yyyyMMdd}{n % 100:D2}01"),
            PreWorkKind.EnvironmentalApproval => Invariant($"{p}环审〔{y}〕{n}号"),
            PreWorkKind.EnergyReview => Invariant($"{p}发改环资〔{y}〕{n}号"),
            PreWorkKind.SocialStabilityAssessment => Invariant($"{p}稳评〔{y}〕{n}号"),
            PreWorkKind.FiscalReview => Invariant($"{p}财评〔{y}〕{n}号"),
            PreWorkKind.ImplementationPlan => Invariant($"{p}政办发〔{y}〕{n}号"),
            _ => null, // 招标 and 居民意愿征询 have no 文号.
        };
    }
}
