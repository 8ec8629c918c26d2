using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// The shape every Gansu provincial 专项 of 2020 shares: one provincial channel under the eight programmes, valid
/// from 2020, its rules applied by inference (<see cref="InferredRules"/>), the two provincial templates, and an
/// amount only where a ratio is sourced.
/// </summary>
public static class ProvincialProgrammes
{
    public const string Parent = "甘肃省八个省级专项";

    /// <summary>The eight programmes are reported as programmes of 2020; nothing is known of them before.</summary>
    public static readonly DateOnly Since = new(2020, 1, 1);

    /// <summary>Where the period comes from: the programmes are reported as of 2020, their notices were not obtained.</summary>
    public static readonly PolicySource Period = PolicySource.Unverified(
        "甘肃省八个省级专项（2020年起实施）",
        "实施方案原文未取得，起始日期按2020年1月1日计");

    public static IReadOnlyList<TemplateDescriptor> Templates { get; } =
    [
        new TemplateDescriptor("application-form", "项目申报表", "templates/application-form.sbn-md"),
        new TemplateDescriptor("implementation-outline", "项目实施方案（提纲）", "templates/implementation-outline.sbn-md"),
    ];

    /// <summary>
    /// The channel of one programme. Without <paramref name="estimate"/> the amount is the request or the gap, and
    /// <paramref name="whyNoRatio"/> says why no ratio is applied.
    /// </summary>
    public static ChannelDefinition Channel(string id, string name, FundingForm form, string summary,
        IEnumerable<EligibilityRule> rules, IReadOnlyList<RequiredMaterial> materials,
        string whyNoRatio = "省级补助比例未取得", FundingEstimator? estimate = null, IReadOnlyList<FactDescriptor>? facts = null) =>
        new()
        {
            Id = id,
            Name = name,
            Parent = Parent,
            Level = ChannelLevel.Provincial,
            Form = form,
            Summary = summary,
            ValidFrom = Since,
            PeriodSource = Period,
            Facts = facts ?? [],
            Rules = InferredRules.Of(rules),
            Estimate = estimate is null
                ? StandardEstimates.RequestPlanOrGap(id, name, FundingSourceKind.ProvincialFiscal, whyNoRatio)
                : StandardEstimates.OrRequested(estimate, id, name),
            Materials = materials,
            Templates = Templates,
        };

    /// <summary>
    /// The checklist every programme starts from: the approval that fits the project type, and the provincial list
    /// nobody has seen (<see cref="UnseenProvincialList"/>). Ids are <paramref name="idPrefix"/>-MAT-….
    /// </summary>
    public static IReadOnlyList<RequiredMaterial> Materials(string idPrefix, string programme, PolicySourceTable sources) =>
    [
        .. ApprovalMaterials.ByProjectType(idPrefix + "-MAT-FEASIBILITY", idPrefix + "-MAT-AUTHORIZATION", idPrefix + "-MAT-FILING", sources["approvalMaterials"]),
        UnseenProvincialList(idPrefix + "-MAT-PROVINCE", programme, sources["provincialMaterials"]),
    ];

    /// <summary>
    /// The materials the programme's own 实施方案 lists: it was not obtained, so the item is always still to obtain
    /// rather than guessed present. <paramref name="programme"/> names the 专项 (冷链物流, 新基建).
    /// </summary>
    public static RequiredMaterial UnseenProvincialList(string id, string programme, PolicySource source) =>
        new(id, $"甘肃省{programme}省级专项实施方案规定的其他申报材料（原文未取得）", source, _ => false, "须取得省级实施方案后逐项核对");
}
