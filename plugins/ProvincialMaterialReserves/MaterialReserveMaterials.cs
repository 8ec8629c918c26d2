using Reserve.Sdk.Channels;
using Reserve.Sdk.Projects;

namespace Reserve.Plugins.ProvincialMaterialReserves;

/// <summary>The approval that fits the project type, and the provincial list nobody has seen (always still to obtain).</summary>
internal static class MaterialReserveMaterials
{
    public static IReadOnlyList<RequiredMaterial> All { get; } =
    [
        RequiredMaterial.FromPreWork("GSWZ-MAT-FEASIBILITY", PreWorkKind.FeasibilityApproval, MaterialReserveSources.ApprovalMaterials,
            p => p.ProjectType == ProjectType.Approval),
        RequiredMaterial.FromPreWork("GSWZ-MAT-AUTHORIZATION", PreWorkKind.Authorization, MaterialReserveSources.ApprovalMaterials,
            p => p.ProjectType == ProjectType.Authorization),
        RequiredMaterial.FromPreWork("GSWZ-MAT-FILING", PreWorkKind.Filing, MaterialReserveSources.ApprovalMaterials,
            p => p.ProjectType == ProjectType.Filing),
        new("GSWZ-MAT-PROVINCE", "甘肃省重大物资储备省级专项实施方案规定的其他申报材料（原文未取得）",
            MaterialReserveSources.ProvincialMaterials,
            _ => false,
            "须取得省级实施方案后逐项核对"),
    ];
}
