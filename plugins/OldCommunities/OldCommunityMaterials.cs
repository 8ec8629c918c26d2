namespace Reserve.Plugins.OldCommunities;

/// <summary>
/// The application checklist. Documents the record cannot hold (the report itself, the signed pledge)
/// are always listed as still to prepare, rather than guessed present.
/// </summary>
internal static class OldCommunityMaterials
{
    public static IReadOnlyList<RequiredMaterial> All(PolicySourceTable sources) =>
    [
        new("OLD-MAT-REPORT", "资金申请报告（达到可研深度，按发改办投资〔2024〕1049号格式编制）",
            sources["centralMaterials"],
            _ => false,
            "储备记录不含报告文件，申报时按格式编制"),

        // Small 改建 projects named in a plan may take the simplified procedure (政府投资条例 Art.13),
        // so an approved 实施方案 is accepted beside the 可研 or 初设批复.
        new("OLD-MAT-APPROVAL", "可行性研究报告（或实施方案）批复文件",
            sources["centralMaterialsApproval"],
            p => RequiredMaterial.HasDocument(p, PreWorkKind.FeasibilityApproval)
                || RequiredMaterial.HasDocument(p, PreWorkKind.PreliminaryDesignApproval)
                || RequiredMaterial.HasDocument(p, PreWorkKind.ImplementationPlan),
            "前期工作“可研批复”“初步设计及概算批复”或“实施方案”之一为已完成并填写文号"),

        new("OLD-MAT-CONSENT", "改造方案及居民意愿证明（征询问卷、签字及居民出资安排）",
            sources["typicalMaterials"],
            p => p.FindPreWork(PreWorkKind.ResidentConsultation) is { Status: PreWorkStatus.Completed },
            "前期工作“居民意愿征询”状态为已完成"),

        new("OLD-MAT-PLAN", "纳入城镇老旧小区改造年度计划的证明",
            sources["typicalMaterials"],
            p => OldCommunityFacts.Flag(p, OldCommunityFacts.AnnualPlanFact) == true,
            "渠道要素“是否纳入年度改造计划”为是"),

        new("OLD-MAT-FUNDING", "资金筹措方案（中央、省、市县、居民、产权单位、管线单位出资）",
            sources["typicalMaterials"],
            p => p.FundingSources.Count > 0,
            "已填写资金来源"),

        new("OLD-MAT-MANAGEMENT", "改造后长效管理安排（物业管理或长效管护机制）",
            sources["typicalMaterials"],
            p => OldCommunityFacts.Flag(p, OldCommunityFacts.LongTermManagementFact) == true,
            "渠道要素“已明确长效管理安排”为是"),

        new("OLD-MAT-PLEDGE", "项目单位对资金申请报告及附件真实性的承诺",
            sources["centralMaterials"],
            _ => false,
            "申报时由项目单位出具并签章"),
    ];
}
