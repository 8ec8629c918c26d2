using Reserve.Matching;
using Reserve.WebKit.Commands;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching.Web;

/// <summary>The readable tables of a match: one row per project and channel, and counts per channel.</summary>
internal static class MatchReport
{
    public static void WriteDetail(IEnumerable<MatchResult> results, TextWriter output)
    {
        var table = new TextTable("储备编号", "项目名称", "渠道", "资格", "申报时间", "申报前准备", "得分", "测算金额", "主要原因");
        foreach (var r in results)
        {
            table.Add(
                r.ProjectId,
                TextTable.Clip(r.ProjectName, 28),
                r.ChannelName,
                ZhNames<MatchVerdict>.Of(r.Verdict),
                Timing(r),
                r.Readiness.Count == 0 ? "—" : $"{r.Readiness.Count} 项",
                r.Score.ToString("0.0"),
                r.EstimatedAmount is { } a ? ZhFormat.Wan(a) : "—",
                TextTable.Clip(Reason(r), 70));
        }
        output.Write(table);
    }

    public static void WriteSummary(IEnumerable<MatchResult> results, TextWriter output)
    {
        var table = new TextTable("渠道", "符合", "待核实", "不符合", "待补充信息", "评估出错", "窗口开放", "测算金额合计（符合）");
        foreach (var g in results.GroupBy(r => (r.ChannelId, r.ChannelName)).OrderBy(g => g.Key.ChannelId, StringComparer.Ordinal))
        {
            table.Add(
                g.Key.ChannelName,
                g.Count(r => r.Verdict == MatchVerdict.Eligible).ToString(),
                g.Count(r => r.Verdict == MatchVerdict.Unconfirmed).ToString(),
                g.Count(r => r.Verdict == MatchVerdict.Ineligible).ToString(),
                g.Count(r => r.Verdict == MatchVerdict.NeedsInformation).ToString(),
                g.Count(r => r.Verdict == MatchVerdict.Error).ToString(),
                g.Count(r => r.Timing?.State == TimingState.Open).ToString(),
                ZhFormat.Wan(g.Where(r => r.Verdict == MatchVerdict.Eligible).Sum(r => r.EstimatedAmount ?? 0)));
        }
        output.Write(table);
    }

    /// <summary>The first reason that decided the verdict, or the missing facts and materials.</summary>
    private static string Reason(MatchResult r) => r.Verdict switch
    {
        MatchVerdict.Error => r.Error ?? "",
        MatchVerdict.Ineligible => r.Rules.FirstOrDefault(x => x.Disqualifies)?.Message ?? "",
        MatchVerdict.NeedsInformation => "缺少：" + string.Join("、", r.MissingFacts.Select(m => m.Label)),
        MatchVerdict.Unconfirmed => "待核实：" + (r.Rules.FirstOrDefault(x => x.Verdict == RuleVerdict.Fail && x.Kind is RuleKind.HardCondition or RuleKind.Exclusion)?.Message ?? ""),
        _ => r.MissingMaterials.Count > 0 ? "待备材料：" + string.Join("、", r.MissingMaterials.Select(m => m.Name)) : "",
    };

    /// <summary>Open now, or the date the window opens; the period's end for a programme that is over.</summary>
    private static string Timing(MatchResult r) => r.Timing switch
    {
        { State: TimingState.Open, ClosesOn: { } closes } => $"开放中，{ZhFormat.Date(closes)}截止",
        { State: TimingState.NotYetOpen, OpensOn: { } opens } => $"{ZhFormat.Date(opens)}起",
        { } timing => ZhNames<TimingState>.Of(timing.State),
        null => "—",
    };
}
