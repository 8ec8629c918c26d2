using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Rules;

/// <summary>What a rule does to the verdict.</summary>
public enum RuleKind
{
    /// <summary>Must pass for 符合.</summary>
    [ZhName("硬性条件")] HardCondition,
    /// <summary>A circumstance that excludes the project; must pass (not excluded) for 符合.</summary>
    [ZhName("排除情形")] Exclusion,
    /// <summary>Raises or lowers the ranking score; never changes the verdict.</summary>
    [ZhName("评分项")] Scoring,
    /// <summary>A material the application needs; reported as missing material, never changes the verdict.</summary>
    [ZhName("申报材料")] RequiredMaterial,
    /// <summary>
    /// When the project can apply (the application window): answers the timing question, never the eligibility
    /// one — a closed window means "not yet", not 不符合. Its rule carries an <see cref="ApplicationWindows"/>.
    /// </summary>
    [ZhName("申报时间")] Timing,
}
