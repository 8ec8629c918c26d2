using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Rules;

/// <summary>The outcome of one rule. Unknown is never pass and never fail.</summary>
public enum RuleVerdict : byte
{
    [ZhName("通过")] Pass,
    [ZhName("不通过")] Fail,
    [ZhName("待补充")] Unknown,
    [ZhName("不适用")] NotApplicable,
    /// <summary>
    /// Not met yet, but at the project's stage it is something to do before applying (a readiness item), not a
    /// reason for 不符合: e.g. a 项目代码 not yet issued at 谋划, a funding gap at the reserve stage.
    /// </summary>
    [ZhName("申报前办理")] ToPrepare,
}
