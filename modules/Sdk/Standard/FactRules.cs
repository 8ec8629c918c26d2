using Reserve.Sdk.Facts;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// Rules decided by one yes/no channel fact (是否棚改, 是否纳入年度计划): a missing fact, or one that reads as neither
/// 是 nor 否, leaves the rule unknown with the fact named.
/// </summary>
public static class FactRules
{
    /// <summary>An exclusion: the project is refused when the fact is 是.</summary>
    public static EligibilityRule MustBeNo(string id, string title, PolicySource source, FactDescriptor fact, string failure)
    {
        var factRef = FactRef.Channel(fact);
        return Rule.Exclusion(id, title)
            .From(source)
            .Requires(factRef)
            .Evaluate((p, c) => FactReaders.Flag(p, fact) is { } yes
                ? yes ? RuleVerdict.Fail : RuleVerdict.Pass
                : c.Unknown(factRef))
            .Fail((_, _) => failure)
            .Build();
    }

    /// <summary>A condition: the project must have the fact 是.</summary>
    public static EligibilityRule MustBeYes(string id, string title, PolicySource source, FactDescriptor fact, string failure)
    {
        var factRef = FactRef.Channel(fact);
        return Rule.Hard(id, title)
            .From(source)
            .Requires(factRef)
            .Evaluate((p, c) => FactReaders.Flag(p, fact) is { } yes
                ? yes ? RuleVerdict.Pass : RuleVerdict.Fail
                : c.Unknown(factRef))
            .Fail((_, _) => failure)
            .Build();
    }
}
