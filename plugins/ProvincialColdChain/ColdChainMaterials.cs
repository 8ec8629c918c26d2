namespace Reserve.Plugins.ProvincialColdChain;

/// <summary>
/// The application checklist as far as sources go: the approval that fits the project type, the 农业农村部
/// route's filing and acceptance, and the provincial list nobody has seen (always still to obtain).
/// </summary>
internal static class ColdChainMaterials
{
    public static IReadOnlyList<RequiredMaterial> Build(PolicySourceTable sources) =>
    [
        .. ProvincialProgrammes.Materials("GSLL", "冷链物流", sources),

        // The platform record cannot be held in the reserve, so it is listed as still to do.
        new("GSLL-MAT-PLATFORM", "新农直报平台申报记录（农业农村部仓储保鲜冷链设施补助）",
            sources["farmMaterials"],
            _ => false,
            "申报时由申报主体在新农直报平台填报",
            p => IsFarmRoute(p)),

        // 先建后补: the money follows the acceptance of a finished facility.
        new("GSLL-MAT-ACCEPTANCE", "设施建成验收合格材料（先建后补，验收合格后拨付）",
            sources["farmMaterials"],
            p => p.Stage == ProjectStage.Completed,
            "项目阶段为竣工",
            p => IsFarmRoute(p)),
    ];

    /// <summary>Materials have no match date, so the 农业农村部 route is judged on the applicant kind alone.</summary>
    private static bool IsFarmRoute(ProjectRecord p) =>
        ColdChainFacts.ApplicantKindOf(p) is ColdChainFacts.DemoFamilyFarm or ColdChainFacts.DemoCooperative;
}
