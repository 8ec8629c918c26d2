using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching.Engine;

/// <summary>
/// Runs a channel's rules over a project: compiled delegates over typed fields, one reused context, no
/// messages, no score. Every rule runs (a later rule that throws still makes the result an error) and
/// each rule's verdict is written to the caller's slot, from which the explanation is built on demand.
/// A rule that throws stops this channel only, as an error naming the rule.
/// </summary>
internal static class ChannelEvaluator
{
    public static MatchVerdict Evaluate(ProjectSnapshot project, CompiledChannel channel, RuleContext context, Span<RuleVerdict> verdicts, out int failedRule, out string? error)
    {
        var rules = channel.Rules;
        var deciding = channel.Deciding;
        var unverified = channel.Unverified;
        var anyFail = false;
        var anyUnverifiedFail = false;
        var anyUnknown = false;
        var i = 0;
        // Nothing reads the missing facts in this pass (an explanation re-runs the rule for them), so the list is
        // cleared once per channel, not before every rule.
        context.ResetMissing();
        // One protected region around the loop rather than one per rule: the index says which rule threw.
        try
        {
            for (; i < rules.Length; i++)
            {
                var verdict = rules[i].Evaluate(project, context);
                verdicts[i] = verdict;
                if (deciding[i])
                {
                    var fail = verdict == RuleVerdict.Fail;
                    anyFail |= fail & !unverified[i];
                    anyUnverifiedFail |= fail & unverified[i];
                    anyUnknown |= verdict == RuleVerdict.Unknown;
                }
            }
        }
        catch (Exception ex)
        {
            failedRule = i;
            error = $"规则 {rules[i].Id}“{rules[i].Title}”执行出错：{ex.Message}";
            return MatchVerdict.Error;
        }
        failedRule = -1;
        error = null;
        // A rule to be verified never makes 不符合 on its own; its objection outranks a missing fact, which it may settle.
        return anyFail ? MatchVerdict.Ineligible
            : anyUnverifiedFail ? MatchVerdict.Unconfirmed
            : anyUnknown ? MatchVerdict.NeedsInformation
            : MatchVerdict.Eligible;
    }

    /// <summary>One evaluation with its own verdict array, for a single explained match.</summary>
    public static ChannelEvaluation Evaluate(ProjectSnapshot project, CompiledChannel channel, RuleContext context)
    {
        var verdicts = new RuleVerdict[channel.Rules.Length];
        var verdict = Evaluate(project, channel, context, verdicts, out var failedRule, out var error);
        return new ChannelEvaluation(verdict, verdicts, error, failedRule);
    }
}
