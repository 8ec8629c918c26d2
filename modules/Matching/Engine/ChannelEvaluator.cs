using Reserve.Sdk.Channels;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching.Engine;

/// <summary>
/// Runs a channel's rules over a project: compiled delegates over typed fields, one reused context, no
/// messages. A rule that throws stops this channel only, as an error naming the rule.
/// </summary>
internal static class ChannelEvaluator
{
    public static ChannelEvaluation Evaluate(ProjectRecord project, ChannelDefinition channel, RuleContext context, RuleVerdict[] verdicts)
    {
        var rules = channel.Rules;
        var decidingApplicable = 0;
        var decidingPassed = 0;
        var anyFail = false;
        var anyUnknown = false;
        var scoringApplicable = 0m;
        var scoringEarned = 0m;
        for (var i = 0; i < rules.Count; i++)
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
                return new ChannelEvaluation(MatchVerdict.Error, 0, verdicts, $"规则 {rule.Id}“{rule.Title}”执行出错：{ex.Message}", i);
            }
            verdicts[i] = verdict;
            if (verdict == RuleVerdict.NotApplicable)
            {
                continue;
            }
            if (rule.DecidesVerdict)
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
            else if (rule.Kind == RuleKind.Scoring)
            {
                scoringApplicable += rule.Weight;
                if (verdict == RuleVerdict.Pass)
                {
                    scoringEarned += rule.Weight;
                }
            }
        }
        var overall = anyFail ? MatchVerdict.Ineligible : anyUnknown ? MatchVerdict.NeedsInformation : MatchVerdict.Eligible;
        return new ChannelEvaluation(overall, RuleScore.Compute(decidingApplicable, decidingPassed, scoringApplicable, scoringEarned), verdicts, null, -1);
    }
}
