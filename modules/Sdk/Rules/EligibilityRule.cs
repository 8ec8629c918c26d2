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

    // The required facts the snapshot records as bits, tested together, and those tested one by one.
    private readonly ulong _requiredBits;
    private readonly FactRef[] _requiredByTest;
    private readonly Func<ProjectSnapshot, RuleContext, bool>? _appliesWhen;
    private readonly Func<ProjectSnapshot, RuleContext, RuleVerdict>? _test;
    private readonly Func<ProjectSnapshot, RuleContext, bool>? _check;
    private readonly Func<ProjectSnapshot, RuleContext, string> _explainFail;
    private readonly Func<ProjectSnapshot, RuleContext, string>? _explainPass;
    private readonly RuleReadiness? _readiness;

    internal EligibilityRule(
        string id,
        string title,
        RuleKind kind,
        PolicySource source,
        decimal weight,
        FactRef[] requires,
        Func<ProjectSnapshot, RuleContext, bool>? appliesWhen,
        Func<ProjectSnapshot, RuleContext, RuleVerdict>? test,
        Func<ProjectSnapshot, RuleContext, bool>? check,
        Func<ProjectSnapshot, RuleContext, string> explainFail,
        Func<ProjectSnapshot, RuleContext, string>? explainPass,
        RuleReadiness? readiness = null,
        ApplicationWindows? windows = null)
    {
        Id = id;
        Title = title;
        Kind = kind;
        Source = source;
        Weight = weight;
        _requires = requires;
        _requiredBits = requires.Aggregate(0UL, (bits, fact) => bits | fact.PresenceBit);
        _requiredByTest = [.. requires.Where(fact => fact.PresenceBit == 0)];
        _appliesWhen = appliesWhen;
        _test = test;
        _check = check;
        _explainFail = explainFail;
        _explainPass = explainPass;
        _readiness = readiness;
        Windows = windows;
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

    /// <summary>
    /// True when the rule's objection alone must not make a project 不符合: its source is 未核实 or it is applied
    /// by inference from another channel, so a failure reads 待核实.
    /// </summary>
    public bool NeedsVerification => Source.NeedsVerification;

    /// <summary>The application windows of a <see cref="RuleKind.Timing"/> rule, from which the timing answer is given.</summary>
    public ApplicationWindows? Windows { get; }

    /// <summary>Whether the rule can answer <see cref="RuleVerdict.ToPrepare"/> (a stage-aware requirement).</summary>
    public bool HasReadiness => _readiness is not null;

    /// <summary>Evaluates the rule on a record as it is now; a match pass evaluates on one snapshot per project instead.</summary>
    public RuleVerdict Evaluate(ProjectRecord project, RuleContext context) => Evaluate(ProjectSnapshot.Of(project), context);

    public RuleVerdict Evaluate(ProjectSnapshot project, RuleContext context)
    {
        if (_appliesWhen is not null && !_appliesWhen(project, context))
        {
            return RuleVerdict.NotApplicable;
        }
        if ((project.PresentFacts & _requiredBits) != _requiredBits || (_requiredByTest.Length != 0 && !AllPresent(_requiredByTest, project)))
        {
            // Named in the order the rule lists them, so the explanation reads the same however they were tested.
            foreach (var fact in _requires)
            {
                if (!fact.IsPresentIn(project))
                {
                    context.AddMissing(fact);
                }
            }
            return _readiness is null ? RuleVerdict.Unknown : Readiness(RuleVerdict.Unknown, project, context);
        }
        // A two-valued Check is called directly rather than through a wrapping three-valued delegate.
        var verdict = _check is { } check
            ? check(project, context) ? RuleVerdict.Pass : RuleVerdict.Fail
            : _test!(project, context);
        return _readiness is null || verdict is RuleVerdict.Pass or RuleVerdict.NotApplicable ? verdict : Readiness(verdict, project, context);
    }

    private RuleVerdict Readiness(RuleVerdict verdict, ProjectSnapshot project, RuleContext context) =>
        (verdict == RuleVerdict.Unknown || !_readiness!.OnlyWhenMissing) && _readiness!.When(project, context)
            ? RuleVerdict.ToPrepare
            : verdict;

    private static bool AllPresent(FactRef[] facts, ProjectSnapshot project)
    {
        for (var i = 0; i < facts.Length; i++)
        {
            if (!facts[i].IsPresentIn(project))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The Chinese message for a verdict, naming actual and required values on a failure.</summary>
    public string Explain(RuleVerdict verdict, ProjectRecord project, RuleContext context, IReadOnlyList<FactRef>? missing = null) =>
        Explain(verdict, ProjectSnapshot.Of(project), context, missing);

    public string Explain(RuleVerdict verdict, ProjectSnapshot project, RuleContext context, IReadOnlyList<FactRef>? missing = null) => verdict switch
    {
        RuleVerdict.Pass => _explainPass?.Invoke(project, context) ?? $"符合：{Title}",
        RuleVerdict.Fail => _explainFail(project, context),
        RuleVerdict.ToPrepare => _readiness?.Message?.Invoke(project, context) ?? $"申报前须办理：{Title}",
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
        new(Id, Title, Kind, source, Weight, _requires, _appliesWhen, _test, _check, _explainFail, _explainPass, _readiness, Windows);

    /// <summary>
    /// The date a readiness item of this rule is needed by: the rule's own (e.g. 施工许可 before the planned start),
    /// otherwise <paramref name="applyBy"/>, the date the application is made by.
    /// </summary>
    public DateOnly? NeededBy(ProjectSnapshot project, RuleContext context, DateOnly? applyBy) =>
        _readiness?.NeededBy?.Invoke(project, context) is { } own && (applyBy is null || own < applyBy) ? own : applyBy;

    public override string ToString() => $"{Id} {Title}";
}
