using Bogus;
using Reserve.Approvals;
using Reserve.Approvals.Limits;
using Reserve.Approvals.Records;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Approvals;

/// <summary>
/// Demo approval records for the pre-work items of the demo reserve (<c>DemoProjects.Generate</c>, ids
/// 2027-0001…): an item 已完成 there was applied for some days before its 批复 date, one 办理中 is still in hand
/// (some past their limit), one under 容缺承诺 carries a 先承诺后补办 commitment due on the item's date; some
/// applications were accepted 容缺 with materials owed. Items with a statutory limit use it; the others carry a
/// promised limit from <see cref="DemoPromises"/> — demo values, not any department's published 办理时限.
/// About one in five is marked 不见面审批; the items of the demo's joint reviews (<see cref="JointReviewDemo"/>) are left to them.
/// The same seed, projects and as-of date give the same records.
/// </summary>
public static class ApprovalDemo
{
    public const int DefaultSeed = 20261101;

    public static readonly DateOnly DefaultAsOf = new(2026, 10, 15);

    public static IReadOnlyList<ApprovalRecord> Generate(IReadOnlyList<ProjectRecord> reserveProjects, int seed = DefaultSeed, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(reserveProjects);
        var today = asOf ?? DefaultAsOf;
        var joint = JointReviewDemo.Covered(JointReviewDemo.Generate(reserveProjects, seed, today));
        var items = reserveProjects
            .Where(p => p.Id is not null)
            .SelectMany(p => p.PreWork.Where(w => Tracked(w, today) && !joint.Contains((p.Id!, w.Item))).Select(w => (Project: p, Item: w)))
            .ToList();
        if (items.Count == 0)
        {
            return [];
        }
        var next = 0;
        var records = new Faker<ApprovalRecord>()
            .UseSeed(seed)
            .CustomInstantiator(f =>
            {
                var (project, item) = items[next++];
                return DemoRecord.Compose(f, project, item, today);
            })
            .Generate(items.Count);
        // 不见面审批: about one application in five handled online. Drawn apart, so the records' other values stay as they were.
        var online = new Randomizer(unchecked(seed * 31 + 5));
        records.ForEach(r => r.Remote = online.Double() < 0.2);
        return records;
    }

    /// <summary>
    /// Stores the demo's single records when the records table is empty, then its joint reviews when there are none
    /// (each opened as a user would, so it is checked and audited; one whose items are already recorded is skipped).
    /// A second start changes nothing.
    /// </summary>
    public static async Task<(int Records, int JointReviews)> SeedAsync(IApprovalService approvals, IReadOnlyList<ProjectRecord> reserveProjects, DateOnly today, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(approvals);
        var records = await approvals.SeedDemoAsync(Generate(reserveProjects, asOf: today), user, cancellationToken);
        var reviews = await approvals.SeedDemoJointReviewsAsync(JointReviewDemo.Generate(reserveProjects, asOf: today), user, cancellationToken);
        return (records, reviews);
    }

    /// <summary>Items with something to track: done with a date, in hand, or under a commitment with its dates.</summary>
    private static bool Tracked(PreWorkItem item, DateOnly today) => item.Status switch
    {
        PreWorkStatus.Completed => item.Date is { } d && d <= today,
        PreWorkStatus.InProgress => true,
        PreWorkStatus.Committed => item.Date is { } d && d <= today && item.Expires is not null,
        _ => false,
    };
}

/// <summary>One demo record, every draw on the seeded <see cref="Faker"/> in a fixed order.</summary>
internal static class DemoRecord
{
    private static readonly string[] OwedMaterials =
    [
        "社会稳定风险评估报告", "项目资本金出资承诺函", "用地预审意见", "节能审查意见", "施工图审查合格书",
        "水土保持方案批复", "压覆矿产资源查询结果", "文物勘探报告",
    ];

    public static ApprovalRecord Compose(Faker f, ProjectRecord project, PreWorkItem item, DateOnly today)
    {
        var record = new ApprovalRecord
        {
            ProjectId = project.Id!,
            ProjectName = project.Name,
            Department = project.Department,
            Item = item.Item,
            Authority = Authorities.For(item.Item, project.Department),
        };
        Limit(f, record);
        var span = WorkCalendar.WeekdaysOnly.DueDate(DateOnly.MinValue, record.LimitDays, record.Counting).DayNumber;
        switch (item.Status)
        {
            case PreWorkStatus.Completed:
                record.CompletedOn = item.Date;
                record.DocNumber = item.DocNumber;
                // Most finish inside the limit, some run over by a few days.
                record.AppliedOn = item.Date!.Value.AddDays(-f.Random.Int(1, span + span / 3 + 1));
                break;
            case PreWorkStatus.InProgress:
                record.AppliedOn = today.AddDays(-f.Random.Int(1, span * 2 + 1));
                break;
            default:
                record.AppliedOn = item.Date!.Value;
                record.Commitments.Add(new Commitment
                {
                    Kind = CommitmentKind.PromiseFirst,
                    Content = $"承诺在期限内完成{ZhNames<PreWorkKind>.Of(item.Item)}",
                    MadeOn = item.Date.Value,
                    DueOn = item.Expires!.Value,
                });
                break;
        }
        if (f.Random.Double() < 0.25)
        {
            record.Commitments.Add(Owed(f, record.AppliedOn, today));
        }
        return record;
    }

    public static void Limit(Faker f, ApprovalRecord record)
    {
        var statutory = StatutoryLimits.For(record.Item);
        if (statutory.Count > 0)
        {
            // 环评: most projects of a city reserve file a 报告表, fewer a 报告书.
            var limit = statutory.Count == 1 || f.Random.Double() < 0.7 ? statutory[^1] : statutory[0];
            record.Basis = LimitBasis.Statutory;
            record.StatutoryLimitId = limit.Id;
            record.LimitDays = limit.Days;
            record.Counting = limit.Counting;
            return;
        }
        record.Basis = LimitBasis.Promised;
        record.LimitDays = DemoPromises.DaysFor(record.Item);
        record.Counting = DayCounting.WorkingDays;
    }

    /// <summary>A 容缺受理 commitment made on acceptance: mostly fulfilled in time, some late, some still owed.</summary>
    private static Commitment Owed(Faker f, DateOnly appliedOn, DateOnly today)
    {
        var due = appliedOn.AddDays(f.Random.Int(20, 60));
        var roll = f.Random.Double();
        DateOnly? fulfilled = roll < 0.6 ? appliedOn.AddDays(f.Random.Int(1, due.DayNumber - appliedOn.DayNumber))
            : roll < 0.75 ? due.AddDays(f.Random.Int(1, 20))
            : null;
        return new Commitment
        {
            Kind = CommitmentKind.MissingMaterials,
            Content = "容缺补交" + f.PickRandom(OwedMaterials),
            MadeOn = appliedOn,
            DueOn = due,
            FulfilledOn = fulfilled is { } d && d <= today ? d : null,
        };
    }
}

/// <summary>Who approves an item in the seed city.</summary>
internal static class Authorities
{
    public static string For(PreWorkKind item, string department) => item switch
    {
        PreWorkKind.ProposalApproval or PreWorkKind.FeasibilityApproval or PreWorkKind.PreliminaryDesignApproval
            or PreWorkKind.Authorization or PreWorkKind.Filing or PreWorkKind.EnergyReview => "嘉峪关市发展和改革委员会",
        PreWorkKind.LandPreExamination or PreWorkKind.LandUsePlanningPermit or PreWorkKind.ConstructionPlanningPermit => "嘉峪关市自然资源局",
        PreWorkKind.EnvironmentalApproval => "嘉峪关市生态环境局",
        PreWorkKind.ConstructionPermit => "嘉峪关市住房和城乡建设局",
        PreWorkKind.FiscalReview => "嘉峪关市财政局",
        PreWorkKind.Tendering => "嘉峪关市公共资源交易中心",
        _ => department,
    };
}

/// <summary>
/// Promised limits (working days) the demo gives items without a statutory one. Demo values only: each city
/// department publishes its own 办理时限 (政府投资条例 第十条), which users enter as 承诺时限.
/// </summary>
internal static class DemoPromises
{
    public static int DaysFor(PreWorkKind item) => item switch
    {
        PreWorkKind.Filing => 1,
        PreWorkKind.ProposalApproval or PreWorkKind.LandUsePlanningPermit or PreWorkKind.ConstructionPlanningPermit => 10,
        PreWorkKind.FeasibilityApproval or PreWorkKind.PreliminaryDesignApproval or PreWorkKind.EnergyReview or PreWorkKind.ImplementationPlan => 15,
        PreWorkKind.FiscalReview => 30,
        _ => 20,
    };
}
