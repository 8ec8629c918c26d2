using Reserve.Sdk.Channels;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Standard;

namespace Reserve.Plugins.ProvincialNewInfrastructure;

/// <summary>The approval that fits the project type, and the provincial list nobody has seen (always still to obtain).</summary>
internal static class NewInfrastructureMaterials
{
    public static IReadOnlyList<RequiredMaterial> All { get; } =
    [
        .. ApprovalMaterials.ByProjectType("GSXJJ-MAT-FEASIBILITY", "GSXJJ-MAT-AUTHORIZATION", "GSXJJ-MAT-FILING", NewInfrastructureSources.ApprovalMaterials),
        new("GSXJJ-MAT-PROVINCE", "甘肃省新基建省级专项实施方案规定的其他申报材料（原文未取得）",
            NewInfrastructureSources.ProvincialMaterials,
            _ => false,
            "须取得省级实施方案后逐项核对"),
    ];
}
