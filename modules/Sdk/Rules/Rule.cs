using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Rules;

/// <summary>
/// Builds rules: <c>Rule.Hard("ZXZ-01", "本息覆盖倍数不低于1.0").From(source).Requires(CommonFacts.CoverageRatio)
/// .Check((p, c) =&gt; p.EffectiveCoverageRatio &gt;= 1.0m).Fail((p, c) =&gt; $"…").Build()</c>.
/// </summary>
public sealed class Rule
{
    private readonly string _id;
    private readonly string _title;
    private readonly RuleKind _kind;
    private readonly decimal _weight;
    private PolicySource? _source;
    private readonly List<FactRef> _requires = [];
    private Func<ProjectSnapshot, RuleContext, bool>? _appliesWhen;
    private Func<ProjectSnapshot, RuleContext, RuleVerdict>? _test;
    private Func<ProjectSnapshot, RuleContext, bool>? _check;
    private Func<ProjectSnapshot, RuleContext, string>? _explainFail;
    private Func<ProjectSnapshot, RuleContext, string>? _explainPass;

    private Rule(string id, string title, RuleKind kind, decimal weight)
    {
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(title))
        {
            throw new ArgumentException("A rule needs an id and a Chinese title.");
        }
        _id = id;
        _title = title;
        _kind = kind;
        _weight = weight;
    }

    public static Rule Hard(string id, string title) => new(id, title, RuleKind.HardCondition, 0);
    public static Rule Exclusion(string id, string title) => new(id, title, RuleKind.Exclusion, 0);
    public static Rule Scoring(string id, string title, decimal weight) => new(id, title, RuleKind.Scoring, weight);
    public static Rule Material(string id, string title) => new(id, title, RuleKind.RequiredMaterial, 0);

    public Rule From(PolicySource source)
    {
        _source = source;
        return this;
    }

    public Rule Requires(params FactRef[] facts)
    {
        _requires.AddRange(facts);
        return this;
    }

    /// <summary>The rule is not applicable (不适用) unless this holds.</summary>
    public Rule AppliesWhen(Func<ProjectSnapshot, RuleContext, bool> predicate)
    {
        _appliesWhen = predicate;
        return this;
    }

    /// <summary>A two-valued test, run only when every required fact is present.</summary>
    public Rule Check(Func<ProjectSnapshot, RuleContext, bool> passes)
    {
        _check = passes;
        _test = null;
        return this;
    }

    /// <summary>A three-valued test; return <c>c.Unknown(fact)</c> to name a fact that is missing.</summary>
    public Rule Evaluate(Func<ProjectSnapshot, RuleContext, RuleVerdict> test)
    {
        _test = test;
        _check = null;
        return this;
    }

    /// <summary>The Chinese failure message, with the actual value and what was required.</summary>
    public Rule Fail(Func<ProjectSnapshot, RuleContext, string> message)
    {
        _explainFail = message;
        return this;
    }

    public Rule Pass(Func<ProjectSnapshot, RuleContext, string> message)
    {
        _explainPass = message;
        return this;
    }

    public EligibilityRule Build()
    {
        if (_source is null)
        {
            throw new InvalidOperationException($"规则 {_id} 没有注明政策出处（From）。");
        }
        if (_test is null && _check is null)
        {
            throw new InvalidOperationException($"规则 {_id} 没有判断条件（Check 或 Evaluate）。");
        }
        if (_explainFail is null)
        {
            throw new InvalidOperationException($"规则 {_id} 没有不通过时的中文说明（Fail）。");
        }
        return new EligibilityRule(_id, _title, _kind, _source, _weight, [.. _requires], _appliesWhen, _test, _check, _explainFail, _explainPass);
    }
}
