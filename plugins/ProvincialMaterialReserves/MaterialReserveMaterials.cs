namespace Reserve.Plugins.ProvincialMaterialReserves;

/// <summary>The approval that fits the project type, and the provincial list nobody has seen (always still to obtain).</summary>
internal static class MaterialReserveMaterials
{
    public static IReadOnlyList<RequiredMaterial> All(PolicySourceTable sources) =>
    [
        .. ApprovalMaterials.ByProjectType("GSWZ-MAT-FEASIBILITY", "GSWZ-MAT-AUTHORIZATION", "GSWZ-MAT-FILING", sources["approvalMaterials"]),
        new("GSWZ-MAT-PROVINCE", "甘肃省重大物资储备省级专项实施方案规定的其他申报材料（原文未取得）",
            sources["provincialMaterials"],
            _ => false,
            "须取得省级实施方案后逐项核对"),
    ];
}
