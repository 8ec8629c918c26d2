using Bogus;
using Reserve.Approvals.Records;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Approvals;

/// <summary>
/// A few demo 联审联批 / 多评合一 joint reviews (at most <see cref="Count"/>, whatever the reserve holds): projects of
/// the demo sample, in id order, with two or more pre-work items 办理中 that are handled together in practice —
/// the assessments (环评、节能审查、社会稳定风险评估) as one 多评合一, the land, planning and construction permits as one 联审联批.
/// Each item keeps its own limit (statutory or the demo's promised one, as for a single record) and approving
/// department; every other review is marked 不见面审批. The same seed, projects and date give the same reviews.
/// Their items are left out of <see cref="ApprovalDemo.Generate"/>, so they have no single record of their own.
/// </summary>
public static class JointReviewDemo
{
    public const int Count = 6;

    private static readonly PreWorkKind[] Assessments = [PreWorkKind.EnvironmentalApproval, PreWorkKind.EnergyReview, PreWorkKind.SocialStabilityAssessment];

    private static readonly PreWorkKind[] Permits = [PreWorkKind.LandPreExamination, PreWorkKind.LandUsePlanningPermit, PreWorkKind.ConstructionPlanningPermit, PreWorkKind.ConstructionPermit];

    public static IReadOnlyList<JointReviewDraft> Generate(IReadOnlyList<ProjectRecord> reserveProjects, int seed = ApprovalDemo.DefaultSeed, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(reserveProjects);
        var today = asOf ?? ApprovalDemo.DefaultAsOf;
        var f = new Faker { Random = new Randomizer(unchecked(seed * 31 + 11)) };
        var drafts = new List<JointReviewDraft>();
        foreach (var project in reserveProjects.Where(p => p.Id is not null).OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var inHand = project.PreWork.Where(w => w.Status == PreWorkStatus.InProgress).Select(w => w.Item).ToHashSet();
            var choices = new[] { (Kind: JointReviewKind.CombinedAssessment, Items: Assessments.Where(inHand.Contains).ToList()), (Kind: JointReviewKind.JointApproval, Items: Permits.Where(inHand.Contains).ToList()) }
                .Where(c => c.Items.Count >= 2)
                // The kind shown less so far first, so that the demo shows both.
                .OrderBy(c => drafts.Count(d => d.Kind == c.Kind))
                .ToList();
            if (choices.Count == 0)
            {
                continue;
            }
            drafts.Add(Compose(f, choices[0].Kind, project, choices[0].Items, today, remote: drafts.Count % 2 == 1));
            if (drafts.Count == Count)
            {
                break;
            }
        }
        return drafts;
    }

    /// <summary>The (project, item) pairs the reviews cover.</summary>
    public static ISet<(string ProjectId, PreWorkKind Item)> Covered(IEnumerable<JointReviewDraft> drafts) =>
        drafts.SelectMany(d => d.Items.Select(i => (d.ProjectId, i.Item))).ToHashSet();

    private static JointReviewDraft Compose(Faker f, JointReviewKind kind, ProjectRecord project, List<PreWorkKind> items, DateOnly today, bool remote)
    {
        var limits = items.Select(item =>
        {
            var record = new ApprovalRecord { Item = item };
            DemoRecord.Limit(f, record);
            return new JointReviewItem
            {
                Item = item, Authority = Authorities.For(item, project.Department), Basis = record.Basis,
                StatutoryLimitId = record.StatutoryLimitId, LimitDays = record.LimitDays, Counting = record.Counting,
            };
        }).ToList();
        return new JointReviewDraft
        {
            Kind = kind,
            ProjectId = project.Id!,
            // The first item's department leads: 生态环境局 for the assessments, 自然资源局 for the land, planning and construction permits.
            LeadAuthority = limits[0].Authority,
            AppliedOn = today.AddDays(-f.Random.Int(3, 45)),
            Remote = remote,
            Note = remote ? "申请人通过政务服务网在线申报，材料电子化流转" : null,
            Items = limits,
        };
    }
}
