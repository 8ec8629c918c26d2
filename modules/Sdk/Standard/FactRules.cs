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
    public static EligibilityRule MustBeNo(string id, string title, PolicySource source, FactDescriptor fact, string failure) =>
        Decided(Rule.Exclusion(id, title), source, fact, passesWhen: false, failure);

    /// <summary>A condition: the project must have the fact 是.</summary>
    public static EligibilityRule MustBeYes(string id, string title, PolicySource source, FactDescriptor fact, string failure) =>
        Decided(Rule.Hard(id, title), source, fact, passesWhen: true, failure);

    private static EligibilityRule Decided(Rule rule, PolicySource source, FactDescriptor fact, bool passesWhen, string failure)
    {
        var factRef = FactRef.Channel(fact);
        return rule
            .From(source)
            .Requires(factRef)
            .Evaluate((p, c) => FactReaders.Flag(p, fact) is { } yes
                ? yes == passesWhen ? RuleVerdict.Pass : RuleVerdict.Fail
                : c.Unknown(factRef))
            .Fail((_, _) => failure)
            .Build();
    }
}
