using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Rules;

/// <summary>
/// When a rule that is not met is a readiness item (something to do before applying) rather than a reason for
/// 不符合 — at the 谋划/前期 stage, say — with its message and the date it is needed by.
/// </summary>
internal sealed record RuleReadiness(
    Func<ProjectSnapshot, RuleContext, bool> When,
    bool OnlyWhenMissing,
    Func<ProjectSnapshot, RuleContext, string>? Message,
    Func<ProjectSnapshot, RuleContext, DateOnly?>? NeededBy);
