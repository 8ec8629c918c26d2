using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Rules;

/// <summary>
/// Builds rules: <c>Rule.Hard("ZXZ-01", "本息覆盖倍数不低于1.0").From(source).Requires(CommonFacts.CoverageRatio)
/// .Check((p, c) =&gt; p.EffectiveCoverageRatio &gt;= 1.0m).Fail((p, c) =&gt; $"…").Build</c>.
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
    private Func<ProjectSnapshot, RuleContext, bool>? _readinessWhen;
    private bool _readinessOnlyWhenMissing;
    private Func<ProjectSnapshot, RuleContext, string>? _readinessMessage;
    private Func<ProjectSnapshot, RuleContext, DateOnly?>? _neededBy;
    private ApplicationWindows? _windows;

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

    /// <summary>
    /// The application window: a rule that answers when the project can apply, never whether it is eligible
    /// (a closed window is not 不符合). It passes inside a window and fails outside one; the engine gives the
    /// timing answer (open until, or the next opening) from <paramref name="windows"/>.
    /// </summary>
    public static Rule Timing(string id, string title, ApplicationWindows windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var rule = new Rule(id, title, RuleKind.Timing, 0) { _windows = windows };
        rule._check = (_, c) => windows.IsOpen(c.AsOf);
        return rule;
    }

    /// <summary>
    /// Stage-aware requirement: when the rule is not met (fails, or lacks a fact) and <paramref name="when"/> holds
    /// (e.g. the project is at 谋划 or 前期), it answers <see cref="RuleVerdict.ToPrepare"/> — a readiness item to do
    /// before applying — instead of failing. With <paramref name="onlyWhenMissing"/>, only a missing fact is a
    /// readiness item and a wrong one still fails (a 项目代码 not yet issued, against a malformed one).
    /// </summary>
    public Rule ReadinessWhen(Func<ProjectSnapshot, RuleContext, bool> when, bool onlyWhenMissing = false)
    {
        _readinessWhen = when;
        _readinessOnlyWhenMissing = onlyWhenMissing;
        return this;
    }

    /// <summary>The Chinese readiness item, e.g. 资金来源尚缺 1,200万元，申报前须落实; default 申报前须办理：title.</summary>
    public Rule ToPrepare(Func<ProjectSnapshot, RuleContext, string> message)
    {
        _readinessMessage = message;
        return this;
    }

    /// <summary>
    /// The date the readiness item is needed by when it is earlier than the application (e.g. 施工许可 before the
    /// planned start); by default it is needed when the application is made (the window's opening or close).
    /// </summary>
    public Rule NeededBy(Func<ProjectSnapshot, RuleContext, DateOnly?> date)
    {
        _neededBy = date;
        return this;
    }

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
        if (_readinessWhen is null && (_readinessMessage is not null || _neededBy is not null))
        {
            throw new InvalidOperationException($"规则 {_id} 设置了申报前办理的说明或日期，但没有说明何时属于申报前办理（ReadinessWhen）。");
        }
        var readiness = _readinessWhen is null ? null : new RuleReadiness(_readinessWhen, _readinessOnlyWhenMissing, _readinessMessage, _neededBy);
        return new EligibilityRule(_id, _title, _kind, _source, _weight, [.. _requires], _appliesWhen, _test, _check, _explainFail, _explainPass, readiness, _windows);
    }
}
