using Reserve.Matching;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Standard;
using RulesEngine.Models;
using RE = RulesEngine.RulesEngine;

namespace Reserve.Benchmarks;

/// <summary>
/// The fourteen conditions of <see cref="FixedRuleSet"/> as a Microsoft RulesEngine workflow of lambda
/// expression strings over <see cref="FlatProject"/>. RulesEngine rules are two-valued, so each condition is
/// two rules: "<c>ID:unknown</c>" (applicable and a fact is absent) and "<c>ID:fail</c>" (applicable, facts
/// present, condition false); a project is 不符合 when any fail rule succeeds, else 待补充信息 when any
/// unknown rule succeeds, else 符合. The sector table of the equity rule is called as a custom type, as the
/// other implementations call <see cref="EquityMinimums.For"/>.
/// </summary>
public sealed class RulesEngineWorkflow
{
    public const string WorkflowName = "bench-fixed";

    /// <summary>Only the fail rules: not the same semantics (no 待补充信息), a lower bound on RulesEngine's cost.</summary>
    public const string FailOnlyWorkflowName = "bench-fixed-fail-only";

    private readonly RE _engine;

    /// <param name="tuned">
    /// RulesEngine's own settings for speed, documented in its Settings table: no scoped (global/local)
    /// parameters, which these rules do not use, and no formatted error message for each rule that is false
    /// (most rules are, since a rule here names a way to fail). The verdicts are the same.
    /// </param>
    public RulesEngineWorkflow(bool tuned = false)
    {
        var conditions = Conditions();
        var rules = conditions.SelectMany(c => new[]
        {
            new Rule { RuleName = c.Id + ":unknown", Expression = c.Unknown, RuleExpressionType = RuleExpressionType.LambdaExpression },
            new Rule { RuleName = c.Id + ":fail", Expression = c.Fail, RuleExpressionType = RuleExpressionType.LambdaExpression },
        }).ToList();
        var failOnly = conditions
            .Select(c => new Rule { RuleName = c.Id + ":fail", Expression = c.Fail, RuleExpressionType = RuleExpressionType.LambdaExpression })
            .ToList();
        var settings = new ReSettings { CustomTypes = [typeof(ProjectCodeFormat), typeof(SectorTable)] };
        if (tuned)
        {
            settings.EnableScopedParams = false;
            settings.EnableFormattedErrorMessage = false;
        }
        _engine = new RE(
            [new Workflow { WorkflowName = WorkflowName, Rules = rules }, new Workflow { WorkflowName = FailOnlyWorkflowName, Rules = failOnly }],
            settings);
    }

    public MatchVerdict Verdict(RuleParameter[] input) => Verdict(_engine.ExecuteAllRulesAsync(WorkflowName, input).AsTask().GetAwaiter().GetResult());

    public bool AnyFail(RuleParameter[] input)
    {
        foreach (var result in _engine.ExecuteAllRulesAsync(FailOnlyWorkflowName, input).AsTask().GetAwaiter().GetResult())
        {
            if (result.IsSuccess)
            {
                return true;
            }
        }
        return false;
    }

    public static RuleParameter[] Input(ProjectRecord project, DateOnly asOf) => [new RuleParameter("p", FlatProject.From(project, asOf))];

    private static MatchVerdict Verdict(List<RuleResultTree> results)
    {
        var fail = false;
        var unknown = false;
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine 规则 {result.Rule.RuleName} 出错：{result.ExceptionMessage}");
            }
            if (result.IsSuccess)
            {
                if (result.Rule.RuleName.EndsWith(":fail", StringComparison.Ordinal))
                {
                    fail = true;
                }
                else
                {
                    unknown = true;
                }
            }
        }
        return fail ? MatchVerdict.Ineligible : unknown ? MatchVerdict.NeedsInformation : MatchVerdict.Eligible;
    }

    private sealed record Condition(string Id, string Unknown, string Fail);

    private static List<Condition> Conditions()
    {
        int T(ProjectType t) => (int)t;
        int S(PreWorkStatus s) => (int)s;
        // 项目类型 → the approval it needs; for 审批 an approved 初设概算 stands in for the 可研批复.
        var approvalKnown = $"p.ProjectType >= 0 && (p.ProjectType == {T(ProjectType.Authorization)} ? p.AuthorizationStatus >= 0 : p.ProjectType == {T(ProjectType.Filing)} ? p.FilingStatus >= 0 : (p.FeasibilityStatus >= 0 || p.DesignApprovalStatus >= 0))";
        var approvalPass = $"(p.ProjectType == {T(ProjectType.Authorization)} ? p.AuthorizationStatus == {S(PreWorkStatus.Completed)} : p.ProjectType == {T(ProjectType.Filing)} ? p.FilingStatus == {S(PreWorkStatus.Completed)} : (p.FeasibilityStatus == {S(PreWorkStatus.Completed)} || p.DesignApprovalStatus == {S(PreWorkStatus.Completed)}))";
        var authorization = $"p.ProjectType == {T(ProjectType.Authorization)}";
        var lapseOpen = $"p.AuthorizationStatus == {S(PreWorkStatus.Completed)} && !p.HasActualStart";
        string Done(string status) => $"({status} == {S(PreWorkStatus.Completed)} || {status} == {S(PreWorkStatus.Committed)})";
        var negativeMask = FixedRuleSet.NegativeItems.Aggregate(0, (m, i) => m | (1 << (int)i));
        var fields = string.Join(" || ", FixedRuleSet.Fields.Select(f => $"p.Field == {(int)f}"));
        var notStarted = $"(p.Stage == {(int)ProjectStage.Planning} || p.Stage == {(int)ProjectStage.Preparation}) && !p.HasActualStart";
        return
        [
            new("BASE-CODE", "string.IsNullOrWhiteSpace(p.Code)", "!string.IsNullOrWhiteSpace(p.Code) && !ProjectCodeFormat.IsWellFormed(p.Code)"),
            new("BASE-APPROVAL", $"!({approvalKnown})", $"{approvalKnown} && !{approvalPass}"),
            new("BASE-BUDGET", "p.DesignBudget != null && p.FeasibilityEstimate == null",
                "p.DesignBudget != null && p.FeasibilityEstimate != null && p.DesignBudget.Value > p.FeasibilityEstimate.Value * 1.1m"),
            new("BASE-LAPSE", $"{authorization} && (p.AuthorizationStatus < 0 || ({lapseOpen} && p.AuthorizationDate == null))",
                $"{authorization} && {lapseOpen} && p.AuthorizationDate != null && p.AsOf > (p.AuthorizationExpires != null ? p.AuthorizationExpires.Value : p.AuthorizationDate.Value.AddYears(2))"),
            new("BASE-EQUITY", "p.Equity == null || p.Field < 0",
                "p.Equity != null && p.Field >= 0 && (p.EquityRatio == null || p.EquityRatio.Value < SectorTable.Minimum(p.Record, p.AsOf))"),
            new("BASE-DISHONEST", "p.Dishonest == null", "p.Dishonest == true"),
            new("BASE-CENTRAL-ONCE", "p.CentralFundedBefore == null", "p.CentralFundedBefore == true"),
            new("BASE-SOURCES", "p.FundingSourceCount == 0", "p.FundingSourceCount > 0 && p.PlannedTotal > p.TotalInvestment"),
            new("BASE-LIBRARY", "p.InNationalLibrary == null || p.InRollingPlan == null",
                "p.InNationalLibrary != null && p.InRollingPlan != null && !(p.InNationalLibrary == true && p.InRollingPlan == true)"),
            new("BENCH-PREWORK", "p.EnvironmentalStatus < 0 || p.LandPreExamStatus < 0",
                $"p.EnvironmentalStatus >= 0 && p.LandPreExamStatus >= 0 && !({Done("p.EnvironmentalStatus")} && {Done("p.LandPreExamStatus")})"),
            new("BENCH-NEGATIVE", "p.NegativeMask < 0", $"p.NegativeMask >= 0 && (p.NegativeMask & {negativeMask}) != 0"),
            new("BENCH-COVERAGE", "p.CoverageRatio == null", "p.CoverageRatio != null && p.CoverageRatio.Value < 1.1m"),
            new("BENCH-FIELD", "p.Field < 0", $"p.Field >= 0 && !({fields})"),
            new("BENCH-COMPLETION", $"!({notStarted}) && p.CompletionRatio == null",
                $"!({notStarted}) && p.CompletionRatio != null && p.CompletionRatio.Value > 0.5m"),
        ];
    }
}

/// <summary>The sector minimum of 资本金 (<see cref="EquityMinimums"/>), callable from a RulesEngine expression.</summary>
public static class SectorTable
{
    public static decimal Minimum(ProjectRecord record, DateTime asOf) => EquityMinimums.For(record, DateOnly.FromDateTime(asOf)).Minimum;
}

/// <summary>
/// The record's fields the workflow reads, flattened to types a RulesEngine expression handles: enums as
/// ints (−1 when not given), each pre-work item's status (−1 when not listed), the negative list as a bit
/// mask (−1 when not stated), dates as <see cref="DateTime"/>. Derived values (资本金比例, 完成比例, 本息覆盖倍数,
/// 资金来源合计) are the record's own properties, copied.
/// </summary>
public sealed class FlatProject
{
    public string? Code { get; init; }
    public int ProjectType { get; init; }
    public int FeasibilityStatus { get; init; }
    public int DesignApprovalStatus { get; init; }
    public int AuthorizationStatus { get; init; }
    public int FilingStatus { get; init; }
    public int EnvironmentalStatus { get; init; }
    public int LandPreExamStatus { get; init; }
    public DateTime? AuthorizationDate { get; init; }
    public DateTime? AuthorizationExpires { get; init; }
    public bool HasActualStart { get; init; }
    public decimal? DesignBudget { get; init; }
    public decimal? FeasibilityEstimate { get; init; }
    public decimal? Equity { get; init; }
    public decimal? EquityRatio { get; init; }
    public int Field { get; init; }
    public bool? Dishonest { get; init; }
    public bool? CentralFundedBefore { get; init; }
    public bool? InNationalLibrary { get; init; }
    public bool? InRollingPlan { get; init; }
    public int FundingSourceCount { get; init; }
    public decimal PlannedTotal { get; init; }
    public decimal TotalInvestment { get; init; }
    public int NegativeMask { get; init; }
    public decimal? CoverageRatio { get; init; }
    public int Stage { get; init; }
    public decimal? CompletionRatio { get; init; }
    public DateTime AsOf { get; init; }

    /// <summary>The record itself, for the sector table only.</summary>
    public required ProjectRecord Record { get; init; }

    public static FlatProject From(ProjectRecord p, DateOnly asOf)
    {
        var authorization = p.FindPreWork(PreWorkKind.Authorization);
        return new FlatProject
        {
            Record = p,
            Code = p.Code,
            ProjectType = p.ProjectType is { } type ? (int)type : -1,
            FeasibilityStatus = Status(p, PreWorkKind.FeasibilityApproval),
            DesignApprovalStatus = Status(p, PreWorkKind.PreliminaryDesignApproval),
            AuthorizationStatus = Status(p, PreWorkKind.Authorization),
            FilingStatus = Status(p, PreWorkKind.Filing),
            EnvironmentalStatus = Status(p, PreWorkKind.EnvironmentalApproval),
            LandPreExamStatus = Status(p, PreWorkKind.LandPreExamination),
            AuthorizationDate = authorization?.Date?.ToDateTime(TimeOnly.MinValue),
            AuthorizationExpires = authorization?.Expires?.ToDateTime(TimeOnly.MinValue),
            HasActualStart = p.ActualStart.HasValue,
            DesignBudget = p.DesignBudget,
            FeasibilityEstimate = p.FeasibilityEstimate,
            Equity = p.Equity,
            EquityRatio = p.EquityRatio,
            Field = p.Field is { } field ? (int)field : -1,
            Dishonest = p.Dishonest,
            CentralFundedBefore = p.CentralFundedBefore,
            InNationalLibrary = p.InNationalLibrary,
            InRollingPlan = p.InRollingPlan,
            FundingSourceCount = p.FundingSources.Count,
            PlannedTotal = p.PlannedTotal,
            TotalInvestment = p.TotalInvestment,
            NegativeMask = p.NegativeList is { } list ? list.Aggregate(0, (m, i) => m | (1 << (int)i)) : -1,
            CoverageRatio = p.EffectiveCoverageRatio,
            Stage = p.Stage is { } stage ? (int)stage : -1,
            CompletionRatio = p.CompletionRatio,
            AsOf = asOf.ToDateTime(TimeOnly.MinValue),
        };
    }

    private static int Status(ProjectRecord p, PreWorkKind item) => p.FindPreWork(item) is { } found ? (int)found.Status : -1;
}
