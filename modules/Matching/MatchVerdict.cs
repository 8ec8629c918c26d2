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
    /// <summary>
    /// Only rules that must be checked object (source 未核实, or applied by inference from another channel): such a
    /// rule never makes a project 不符合 on its own, so the answer is to verify it with the notice.
    /// </summary>
    [ZhName("待核实")] Unconfirmed,
}
