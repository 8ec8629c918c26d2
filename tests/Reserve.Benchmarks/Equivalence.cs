using Reserve.Matching;
using Reserve.Sdk.Projects;
using RulesEngine.Models;

namespace Reserve.Benchmarks;

/// <summary>
/// Checks, before anything is timed, that the engine (verdicts and full explanations), the hand-written
/// loop (both forms) and the RulesEngine workflow give the same verdict for every project, and so the same
/// counts. Throws naming the first project on which they differ.
/// </summary>
public static class Equivalence
{
    public sealed record Counts(int Eligible, int Ineligible, int NeedsInformation, int Errors)
    {
        public override string ToString() => $"符合 {Eligible}，不符合 {Ineligible}，待补充信息 {NeedsInformation}，出错 {Errors}";
    }

    public static Counts Check(IReadOnlyList<ProjectRecord> projects, IReadOnlyList<ProjectSnapshot> snapshots, RuleParameter[][] inputs, RulesEngineWorkflow workflow, DateOnly asOf)
    {
        var engine = new MatchEngine(FixedRuleSet.Catalog());
        var tally = engine.Tally(projects, asOf)[FixedRuleSet.ChannelId];
        var single = engine.Evaluate(projects, asOf);
        var parallel = engine.Evaluate(projects, asOf, Environment.ProcessorCount);
        var kept = engine.Evaluate(snapshots, asOf);
        var counts = new int[4];
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            var explained = engine.Match(p, asOf)[0].Verdict;
            if (single.Verdict(i, 0) != explained || parallel.Verdict(i, 0) != explained || kept.Verdict(i, 0) != explained)
            {
                throw new InvalidOperationException(
                    $"项目 {p.Id}（第 {i} 个）：Evaluate 一个线程 {single.Verdict(i, 0)}、多线程 {parallel.Verdict(i, 0)}、快照 {kept.Verdict(i, 0)}，Match {explained}");
            }
            var floor = HandWritten.Verdict(p, asOf);
            var overSnapshot = HandWrittenOverSnapshots.Verdict(snapshots[i], asOf);
            var shortCircuit = HandWritten.VerdictShortCircuit(p, asOf);
            var rulesEngine = workflow.Verdict(inputs[i]);
            var failOnly = workflow.AnyFail(inputs[i]);
            if (explained != floor || shortCircuit != floor || overSnapshot != floor || rulesEngine != floor || failOnly != (floor == MatchVerdict.Ineligible))
            {
                var rules = string.Join("；", engine.Match(p, asOf)[0].Rules.Select(r => $"{r.RuleId}={r.Verdict}"));
                throw new InvalidOperationException(
                    $"项目 {p.Id}（第 {i} 个）结论不一致：引擎 {explained}，手写 {floor}，手写短路 {shortCircuit}，手写（快照）{overSnapshot}，RulesEngine {rulesEngine}（只判不符合：{failOnly}）。逐条：{rules}");
            }
            counts[(int)floor]++;
        }
        var result = new Counts(counts[(int)MatchVerdict.Eligible], counts[(int)MatchVerdict.Ineligible], counts[(int)MatchVerdict.NeedsInformation], counts[(int)MatchVerdict.Error]);
        var fromTally = new Counts(tally.Eligible, tally.Ineligible, tally.NeedsInformation, tally.Errors);
        if (result != fromTally)
        {
            throw new InvalidOperationException($"引擎 Tally 的计数（{fromTally}）与逐个比对的计数（{result}）不同");
        }
        return result;
    }
}
