using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Rules;

/// <summary>
/// One condition of a channel, with its policy source. Evaluation answers pass, fail, unknown (with the
/// missing facts recorded in the context) or not applicable; the Chinese explanation is formatted only
/// when someone asks for it, so matching stays as cheap as a hand-written loop over the same checks.
/// </summary>
public sealed class EligibilityRule
{
    private readonly FactRef[] _requires;
    private readonly Func<ProjectRecord, RuleContext, bool>? _appliesWhen;
    private readonly Func<ProjectRecord, RuleContext, RuleVerdict>? _test;
    private readonly Func<ProjectRecord, RuleContext, bool>? _check;
    private readonly Func<ProjectRecord, RuleContext, string> _explainFail;
    private readonly Func<ProjectRecord, RuleContext, string>? _explainPass;

    internal EligibilityRule(
        string id,
        string title,
        RuleKind kind,
        PolicySource source,
        decimal weight,
        FactRef[] requires,
        Func<ProjectRecord, RuleContext, bool>? appliesWhen,
        Func<ProjectRecord, RuleContext, RuleVerdict>? test,
        Func<ProjectRecord, RuleContext, bool>? check,
        Func<ProjectRecord, RuleContext, string> explainFail,
        Func<ProjectRecord, RuleContext, string>? explainPass)
    {
        Id = id;
        Title = title;
        Kind = kind;
        Source = source;
        Weight = weight;
        _requires = requires;
        _appliesWhen = appliesWhen;
        _test = test;
        _check = check;
        _explainFail = explainFail;
        _explainPass = explainPass;
    }

    public string Id { get; }

    /// <summary>The condition as a Chinese sentence, e.g. 本息覆盖倍数不低于1.1.</summary>
    public string Title { get; }

    public RuleKind Kind { get; }
    public PolicySource Source { get; }

    /// <summary>Points a scoring rule adds when it passes; 0 for the other kinds.</summary>
    public decimal Weight { get; }

    /// <summary>The facts the rule always reads; any of them absent makes it Unknown before the test runs.</summary>
    public IReadOnlyList<FactRef> Requires => _requires;

    /// <summary>True when a pass or fail of this rule decides 符合/不符合.</summary>
    public bool DecidesVerdict => Kind is RuleKind.HardCondition or RuleKind.Exclusion;

    public RuleVerdict Evaluate(ProjectRecord project, RuleContext context)
    {
        if (_appliesWhen is not null && !_appliesWhen(project, context))
        {
            return RuleVerdict.NotApplicable;
        }
        var missing = false;
        var requires = _requires;
        for (var i = 0; i < requires.Length; i++)
        {
            if (!requires[i].IsPresentIn(project))
            {
                context.AddMissing(requires[i]);
                missing = true;
            }
        }
        if (missing)
        {
            return RuleVerdict.Unknown;
        }
        // A two-valued Check is called directly rather than through a wrapping three-valued delegate.
        return _check is { } check
            ? check(project, context) ? RuleVerdict.Pass : RuleVerdict.Fail
            : _test!(project, context);
    }

    /// <summary>The Chinese message for a verdict, naming actual and required values on a failure.</summary>
    public string Explain(RuleVerdict verdict, ProjectRecord project, RuleContext context, IReadOnlyList<FactRef>? missing = null) => verdict switch
    {
        RuleVerdict.Pass => _explainPass?.Invoke(project, context) ?? $"符合：{Title}",
        RuleVerdict.Fail => _explainFail(project, context),
        RuleVerdict.Unknown => missing is { Count: > 0 }
            ? $"待补充：{string.Join("、", missing.Select(m => m.Label))}，无法判断“{Title}”"
            : $"待补充信息，无法判断“{Title}”",
        _ => $"不适用：{Title}",
    };

    /// <summary>
    /// The same rule cited from another source, e.g. a standard rule that a provincial program applies by
    /// inference from a national channel: id, title, test and messages are unchanged.
    /// </summary>
    public EligibilityRule WithSource(PolicySource source) =>
        new(Id, Title, Kind, source, Weight, _requires, _appliesWhen, _test, _check, _explainFail, _explainPass);

    public override string ToString() => $"{Id} {Title}";
}
