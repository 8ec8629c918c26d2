using Reserve.Sdk.Projects;

namespace Reserve.Matching;

/// <summary>The verdict of one project against one channel.</summary>
public enum MatchVerdict
{
    [ZhName("符合")] Eligible,
    [ZhName("不符合")] Ineligible,
    [ZhName("待补充信息")] NeedsInformation,
    /// <summary>A rule or estimate threw; the other channels are still evaluated.</summary>
    [ZhName("评估出错")] Error,
}
