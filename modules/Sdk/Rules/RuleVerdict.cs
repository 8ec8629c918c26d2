using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Rules;

/// <summary>The outcome of one rule. Unknown is never pass and never fail.</summary>
public enum RuleVerdict : byte
{
    [ZhName("通过")] Pass,
    [ZhName("不通过")] Fail,
    [ZhName("待补充")] Unknown,
    [ZhName("不适用")] NotApplicable,
}
