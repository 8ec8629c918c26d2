using Reserve.Sdk.Channels;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// The approval file that fits 项目类型, as the 中央预算内 checklist asks for it: 可研批复 for a 审批 project, the
/// 核准 for a 核准 project, the 备案 for a 备案 project. Only the one that fits applies.
/// </summary>
public static class ApprovalMaterials
{
    public static IEnumerable<RequiredMaterial> ByProjectType(string feasibilityId, string authorizationId, string filingId, PolicySource source)
    {
        yield return RequiredMaterial.FromPreWork(feasibilityId, PreWorkKind.FeasibilityApproval, source, p => p.ProjectType == ProjectType.Approval);
        yield return RequiredMaterial.FromPreWork(authorizationId, PreWorkKind.Authorization, source, p => p.ProjectType == ProjectType.Authorization);
        yield return RequiredMaterial.FromPreWork(filingId, PreWorkKind.Filing, source, p => p.ProjectType == ProjectType.Filing);
    }
}
