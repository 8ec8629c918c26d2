using MiniExcelLibs;
using Reserve.Matching;
using Reserve.Sdk.Projects;

namespace Reserve.Planning;

/// <summary>
/// The plan as an XLSX workbook for 发改委: the allocations in application order (the timeline), each
/// channel's quota and use, the solver's figures, and the verified near-misses (怎样才能符合).
/// </summary>
public static class PlanWorkbook
{
    public static void Write(FundingPlan plan, Stream output)
    {
        var sheets = new Dictionary<string, object>
        {
            ["分配方案"] = plan.Allocations.Select((a, i) => new Dictionary<string, object?>
            {
                ["序号"] = i + 1,
                ["项目编号"] = a.ProjectId,
                ["项目名称"] = a.ProjectName,
                ["渠道"] = a.ChannelName,
                ["安排金额（万元）"] = a.Amount,
                ["测算金额（万元）"] = a.Estimate,
                ["结论"] = ZhNames<MatchVerdict>.Of(a.Verdict),
                ["待补充"] = string.Join("、", a.Missing),
                ["优先级权重"] = a.Priority,
                ["申报窗口"] = a.Window?.Name ?? "申报时间未公布（以当年通知为准）",
                ["窗口开始"] = a.Window?.Opens.ToString("yyyy-MM-dd"),
                ["窗口截止"] = a.Window?.Closes.ToString("yyyy-MM-dd"),
                ["测算依据"] = a.EstimateBasis,
            }).ToList(),
            ["渠道额度"] = plan.Channels.Select(c => new Dictionary<string, object?>
            {
                ["渠道"] = c.ChannelName,
                ["额度（万元）"] = c.Quota is { } q ? q : "不限",
                ["已安排（万元）"] = c.Allocated,
                ["项目数"] = c.Projects,
            }).ToList(),
            ["求解结果"] = new List<Dictionary<string, object?>>
            {
                Line("测算日期", plan.AsOf.ToString("yyyy-MM-dd")),
                Line("目标", ZhNames<PlanObjective>.Of(plan.Objective)),
                Line("求解状态", StatusText(plan.Status)),
                Line("安排总额（万元）", plan.Total),
                Line("目标值", plan.ObjectiveValue),
                Line("目标上界", plan.Bound),
                Line("按金额从大到小逐个安排的总额（万元）", plan.Statistics.GreedyTotal),
                Line("候选（项目×渠道）数", plan.Statistics.Candidates),
            },
            ["怎样才能符合"] = plan.NearMisses.Select(n => new Dictionary<string, object?>
            {
                ["项目编号"] = n.ProjectId,
                ["项目名称"] = n.ProjectName,
                ["渠道"] = n.ChannelName,
                ["需要的修改"] = string.Join("；", n.Changes.Select(c => c.Description)),
                ["难度"] = ZhNames<ChangeEffort>.Of(n.Effort),
                ["可争取金额（万元）"] = n.Unlocks,
                ["已由规则引擎复核"] = n.Verified ? "是" : "否",
            }).ToList(),
        };
        output.SaveAs(sheets, excelType: ExcelType.XLSX);
    }

    public static string StatusText(PlanStatus status) => status switch
    {
        PlanStatus.Optimal => "最优（已证明）",
        PlanStatus.Feasible => "可行（达到时限，未证明最优）",
        PlanStatus.NoCandidates => "无可安排的项目",
        _ => "未求得方案",
    };

    private static Dictionary<string, object?> Line(string item, object value) => new() { ["项目"] = item, ["值"] = value };
}
