using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching.Engine;

/// <summary>
/// Runs a channel's rules over a project: compiled delegates over typed fields, one reused context, no
/// messages. A rule that throws stops this channel only, as an error naming the rule.
/// </summary>
internal static class ChannelEvaluator
{
    /// <summary>The rules as an array, copied only when the definition holds another kind of list.</summary>
    public static EligibilityRule[] RuleArray(IReadOnlyList<EligibilityRule> rules) => rules as EligibilityRule[] ?? [.. rules];

    /// <summary>The hot loop: an array rather than the definition's list, so each rule costs no interface call.</summary>
    public static ChannelEvaluation Evaluate(ProjectRecord project, EligibilityRule[] rules, RuleContext context, RuleVerdict[] verdicts)
    {
        var decidingApplicable = 0;
        var decidingPassed = 0;
        var anyFail = false;
        var anyUnknown = false;
        var scoringApplicable = 0m;
        var scoringEarned = 0m;
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            RuleVerdict verdict;
            context.ResetMissing();
            try
            {
                verdict = rule.Evaluate(project, context);
            }
            catch (Exception ex)
            {
                return new ChannelEvaluation(MatchVerdict.Error, verdicts, $"规则 {rule.Id}“{rule.Title}”执行出错：{ex.Message}", i);
            }
            verdicts[i] = verdict;
            if (verdict == RuleVerdict.NotApplicable)
            {
                continue;
            }
            var kind = rule.Kind;
            if (kind is RuleKind.HardCondition or RuleKind.Exclusion)
            {
                decidingApplicable++;
                switch (verdict)
                {
                    case RuleVerdict.Pass:
                        decidingPassed++;
                        break;
                    case RuleVerdict.Fail:
                        anyFail = true;
                        break;
                    default:
                        anyUnknown = true;
                        break;
                }
            }
            else if (kind == RuleKind.Scoring)
            {
                scoringApplicable += rule.Weight;
                if (verdict == RuleVerdict.Pass)
                {
                    scoringEarned += rule.Weight;
                }
            }
        }
        var overall = anyFail ? MatchVerdict.Ineligible : anyUnknown ? MatchVerdict.NeedsInformation : MatchVerdict.Eligible;
        return new ChannelEvaluation(overall, verdicts, null, -1, decidingApplicable, decidingPassed, scoringApplicable, scoringEarned);
    }
}
