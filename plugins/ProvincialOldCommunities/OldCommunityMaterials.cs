namespace Reserve.Plugins.ProvincialOldCommunities;

/// <summary>
/// The application checklist of G6's typical materials, and the provincial list nobody has seen (always
/// still to obtain, rather than guessed present).
/// </summary>
internal static class OldCommunityMaterials
{
    public static IReadOnlyList<RequiredMaterial> All(PolicySourceTable sources) =>
    [
        new("GSOLD-MAT-PLAN", "纳入城镇老旧小区改造年度计划的证明",
            sources["typicalMaterials"],
            p => OldCommunityFacts.Flag(p, OldCommunityFacts.AnnualPlanFact) == true,
            "渠道要素“是否纳入年度改造计划”为是"),

        // 居民意愿征询 carries no 文号, so only its completion is asked for.
        RequiredMaterial.FromPreWork("GSOLD-MAT-CONSENT", PreWorkKind.ResidentConsultation, sources["typicalMaterials"], requireDocNumber: false),

        // Small 改建 projects named in a plan may take the simplified procedure (政府投资条例 Art.13), so an
        // approved 实施方案 stands beside the 可研 or 初设批复.
        new("GSOLD-MAT-APPROVAL", "可行性研究报告（或实施方案）批复文件",
            sources["typicalMaterials"],
            p => RequiredMaterial.HasDocument(p, PreWorkKind.FeasibilityApproval) || RequiredMaterial.HasDocument(p, PreWorkKind.PreliminaryDesignApproval) || RequiredMaterial.HasDocument(p, PreWorkKind.ImplementationPlan),
            "前期工作“可研批复”“初步设计及概算批复”或“实施方案”之一为已完成并填写文号"),

        new("GSOLD-MAT-FUNDING", "资金筹措方案（中央、省、市县、居民、产权单位、管线单位出资）",
            sources["typicalMaterials"],
            p => p.FundingSources.Count > 0,
            "已填写资金来源"),

        ProvincialProgrammes.UnseenProvincialList("GSOLD-MAT-PROVINCE", "城镇老旧小区改造", sources["provincialMaterials"]),
    ];
}
