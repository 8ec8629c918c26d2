using Reserve.Matching;
using Reserve.Sdk.Rules;

namespace Reserve.Projects.Web.Explanations;

/// <summary>
/// One rule's line as a clerk reads it, one Chinese sentence: the requirement (the rule's title), what the project has
/// and how it compares (the rule's message), and what that means for the application.
/// </summary>
public static class RuleSentence
{
    public static string Of(RuleOutcome rule)
    {
        var message = rule.Message.Trim().TrimEnd('。', '；', '，');
        var body = message.Length == 0 ? rule.Title : $"{rule.Title}：{message}";
        return $"{body}——{Consequence(rule)}。";
    }

    /// <summary>What the outcome means for the application (the verdict word is beside it).</summary>
    public static string Consequence(RuleOutcome rule) => (rule.Verdict, rule.Kind) switch
    {
        (RuleVerdict.Pass, RuleKind.Scoring) => "得分",
        (RuleVerdict.Pass, _) => "满足要求",
        (RuleVerdict.Fail, RuleKind.Scoring) => "不影响能否申报，但评分降低",
        (RuleVerdict.Fail, RuleKind.RequiredMaterial) => "申报前须补齐此项材料",
        (RuleVerdict.Fail, RuleKind.Timing) => "申报窗口未开放，待窗口开放后申报",
        (RuleVerdict.Fail, _) when rule.NeedsVerification => "不满足，但此条须对照当年申报通知核实，暂不作为不符合的依据",
        (RuleVerdict.Fail, _) => "不满足，本渠道不能申报",
        (RuleVerdict.Unknown, _) => "缺少信息，补充后重新判断",
        (RuleVerdict.ToPrepare, _) => "申报前须办理",
        _ => "本项目不适用此条",
    };

    /// <summary>The badge's colour: passed, disqualifying, or something to do.</summary>
    public static string Css(RuleOutcome rule) =>
        rule.Verdict is RuleVerdict.Pass ? "ok" : rule.Disqualifies ? "bad" : rule.Verdict is RuleVerdict.NotApplicable ? "" : "warn";
}
