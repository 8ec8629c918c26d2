using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// The reserve stages (谋划, 前期): a project there is prepared for a later application, so what is due only at
/// application time (项目代码, approvals, funds arranged, 施工许可, 财政评审, 节能审查) is a readiness item, not a
/// reason for 不符合. From 新开工 on the same requirement decides eligibility.
/// </summary>
public static class ReserveStage
{
    /// <summary>The project is at 谋划 or 前期 (an unknown stage is not assumed to be one).</summary>
    public static bool Holds(ProjectSnapshot project, RuleContext context) =>
        project.Stage is ProjectStage.Planning or ProjectStage.Preparation;
}
