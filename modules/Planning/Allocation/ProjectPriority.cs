using Reserve.Matching;
using Reserve.Sdk.Classification;
using Reserve.Sdk.Projects;

namespace Reserve.Planning.Allocation;

/// <summary>
/// The weight of a project's money under the priority objective: a base of 10, plus 两新一重 (the 2020
/// 政府工作报告 emphasis), the 重点项目 tier the department tagged (省列 above 市列), and readiness (a project
/// starting or under way before one still being planned; a 待补充信息 pair below a 符合 one). These weights
/// are the planner's own ordering, shown with every allocation, not a policy score.
/// </summary>
internal static class ProjectPriority
{
    public const int Base = 10;
    public const int TwoNewOneMajorBonus = 4;
    public const int ProvincialKeyBonus = 4;
    public const int MunicipalKeyBonus = 2;
    public const int UnderWayBonus = 3;
    public const int PreparationBonus = 1;
    public const int NeedsInformationPenalty = 3;

    public static int Of(ProjectRecord project, MatchVerdict verdict)
    {
        var weight = Base;
        if (TwoNewOneMajor.Classify(project).Count > 0)
        {
            weight += TwoNewOneMajorBonus;
        }
        weight += Tier(project);
        weight += project.Stage switch
        {
            ProjectStage.NewStart or ProjectStage.Continuing => UnderWayBonus,
            ProjectStage.Preparation => PreparationBonus,
            _ => 0,
        };
        if (verdict == MatchVerdict.NeedsInformation)
        {
            weight -= NeedsInformationPenalty;
        }
        return weight;
    }

    /// <summary>省列重点项目 / 市列重点项目 as the department tags them (the record has no tier field).</summary>
    private static int Tier(ProjectRecord project)
    {
        var tier = 0;
        foreach (var tag in project.Tags)
        {
            if (tag.Contains("省列重点", StringComparison.Ordinal) || tag.Contains("省重点", StringComparison.Ordinal))
            {
                tier = Math.Max(tier, ProvincialKeyBonus);
            }
            else if (tag.Contains("市列重点", StringComparison.Ordinal) || tag.Contains("市重点", StringComparison.Ordinal))
            {
                tier = Math.Max(tier, MunicipalKeyBonus);
            }
        }
        return tier;
    }
}
