namespace Reserve.Plugins.ProvincialNewInfrastructure;

/// <summary>The approval that fits the project type, and the provincial list nobody has seen (always still to obtain).</summary>
internal static class NewInfrastructureMaterials
{
    public static IReadOnlyList<RequiredMaterial> All(PolicySourceTable sources) =>
    [
        .. ApprovalMaterials.ByProjectType("GSXJJ-MAT-FEASIBILITY", "GSXJJ-MAT-AUTHORIZATION", "GSXJJ-MAT-FILING", sources["approvalMaterials"]),
        new("GSXJJ-MAT-PROVINCE", "甘肃省新基建省级专项实施方案规定的其他申报材料（原文未取得）",
            sources["provincialMaterials"],
            _ => false,
            "须取得省级实施方案后逐项核对"),
    ];
}
