using Reserve.Sdk.Channels;
using Reserve.Sdk.Projects;

namespace Reserve.Plugins.ProvincialNewInfrastructure;

/// <summary>The approval that fits the project type, and the provincial list nobody has seen (always still to obtain).</summary>
internal static class NewInfrastructureMaterials
{
    public static IReadOnlyList<RequiredMaterial> All { get; } =
    [
        RequiredMaterial.FromPreWork("GSXJJ-MAT-FEASIBILITY", PreWorkKind.FeasibilityApproval, NewInfrastructureSources.ApprovalMaterials,
            p => p.ProjectType == ProjectType.Approval),
        RequiredMaterial.FromPreWork("GSXJJ-MAT-AUTHORIZATION", PreWorkKind.Authorization, NewInfrastructureSources.ApprovalMaterials,
            p => p.ProjectType == ProjectType.Authorization),
        RequiredMaterial.FromPreWork("GSXJJ-MAT-FILING", PreWorkKind.Filing, NewInfrastructureSources.ApprovalMaterials,
            p => p.ProjectType == ProjectType.Filing),
        new("GSXJJ-MAT-PROVINCE", "甘肃省新基建省级专项实施方案规定的其他申报材料（原文未取得）",
            NewInfrastructureSources.ProvincialMaterials,
            _ => false,
            "须取得省级实施方案后逐项核对"),
    ];
}
