using System.Globalization;
using System.Text.Json.Nodes;
using Reserve.Channels;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching.Golden;

/// <summary>
/// Runs a plugin's golden cases through the real engine and compares every rule's verdict, the overall
/// verdict, the missing facts and the amount.
/// </summary>
public static class GoldenCaseRunner
{
    public static GoldenReport Run(LoadedPlugin plugin)
    {
        if (plugin.Status != PluginStatus.Active)
        {
            return new GoldenReport(plugin.Id, plugin.Version, [], [$"插件未启用（{ZhNames<PluginStatus>.Of(plugin.Status)}）：{plugin.Fault}"]);
        }
        var (cases, unreadable, fileProblems) = GoldenCaseFiles.Read(plugin);
        var problems = fileProblems.ToList();
        var results = unreadable.Select(u => new GoldenCaseResult(u.File, u.Index, u.Name, u.ChannelId, [u.Problem])).ToList();
        foreach (var @case in cases)
        {
            var channel = new ActiveChannel(plugin.Channels.Single(c => c.Id == @case.ChannelId), plugin);
            var differences = new List<string>();
            Compare(channel, @case, MatchEngine.MatchChannel(@case.Project, channel, @case.AsOf), differences);
            results.Add(new GoldenCaseResult(@case.File, @case.Index, @case.Name, @case.ChannelId, differences));
        }
        var covered = results.Select(r => r.ChannelId).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(plugin.Channels.Where(c => !covered.Contains(c.Id)).Select(c => $"渠道 {c.Id} 没有核对用例"));
        return new GoldenReport(plugin.Id, plugin.Version, results.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Index).ToList(), problems);
    }

    private static void Compare(ActiveChannel channel, GoldenCase @case, MatchResult result, List<string> differences)
    {
        var expect = @case.Expect;
        if (result.Error is not null)
        {
            differences.Add("评估出错：" + result.Error);
        }
        var expectedVerdict = (expect["verdict"] as JsonValue)?.GetValue<string>();
        if (!ZhNames<MatchVerdict>.TryParse(expectedVerdict, out var verdict))
        {
            differences.Add($"expect.verdict“{expectedVerdict}”应为：{string.Join("、", ZhNames<MatchVerdict>.All)}");
        }
        else if (verdict != result.Verdict)
        {
            differences.Add($"结论应为“{expectedVerdict}”，实际为“{ZhNames<MatchVerdict>.Of(result.Verdict)}”");
        }
        CompareRules(channel, expect["rules"] as JsonObject, result, differences);
        if (expect["missingFacts"] is JsonArray expectedMissing)
        {
            var expectedKeys = expectedMissing.Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
            var actualKeys = result.MissingFacts.Select(m => m.Key).Order(StringComparer.Ordinal).ToList();
            if (!expectedKeys.SequenceEqual(actualKeys))
            {
                differences.Add($"缺少的要素应为 [{string.Join("、", expectedKeys)}]，实际为 [{string.Join("、", actualKeys)}]");
            }
        }
        CompareTiming(expect["timing"] as JsonObject, result, differences);
        if (expect["readiness"] is JsonArray expectedReadiness)
        {
            var expectedIds = expectedReadiness.Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
            var actualIds = result.Readiness.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
            if (!expectedIds.SequenceEqual(actualIds))
            {
                differences.Add($"申报前准备应为 [{string.Join("、", expectedIds)}]，实际为 [{string.Join("、", actualIds)}]");
            }
        }
        if (expect["amount"] is JsonValue amountNode)
        {
            var expectedAmount = amountNode.GetValue<decimal>();
            if (result.EstimatedAmount != expectedAmount)
            {
                differences.Add($"测算金额应为 {expectedAmount} 万元，实际为 {(result.EstimatedAmount?.ToString(CultureInfo.InvariantCulture) ?? "无")}");
            }
        }
    }

    /// <summary>expect.timing: {"state": "待窗口开放", "opensOn": "2026-11-01", "closesOn": "2027-06-30"}, each part optional.</summary>
    private static void CompareTiming(JsonObject? expected, MatchResult result, List<string> differences)
    {
        if (expected is null)
        {
            return;
        }
        var timing = result.Timing;
        if (expected["state"] is JsonValue stateNode)
        {
            var text = stateNode.GetValue<string>();
            if (!ZhNames<TimingState>.TryParse(text, out var state))
            {
                differences.Add($"expect.timing.state“{text}”应为：{string.Join("、", ZhNames<TimingState>.All)}");
            }
            else if (timing?.State != state)
            {
                differences.Add($"申报时间应为“{text}”，实际为“{(timing is null ? "无" : ZhNames<TimingState>.Of(timing.State))}”");
            }
        }
        CompareDate("opensOn", "开放日期", expected, timing?.OpensOn, differences);
        CompareDate("closesOn", "截止日期", expected, timing?.ClosesOn, differences);
    }

    private static void CompareDate(string key, string label, JsonObject expected, DateOnly? actual, List<string> differences)
    {
        if (expected[key] is not JsonValue node)
        {
            return;
        }
        var text = node.GetValue<string>();
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            differences.Add($"expect.timing.{key}“{text}”应为 yyyy-MM-dd");
        }
        else if (actual != date)
        {
            differences.Add($"申报窗口{label}应为 {text}，实际为 {actual?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "无"}");
        }
    }

    private static void CompareRules(ActiveChannel channel, JsonObject? expected, MatchResult result, List<string> differences)
    {
        if (expected is null)
        {
            differences.Add("缺少 expect.rules（每条规则的预期结论）");
            return;
        }
        // Outside its validity period a channel is not evaluated at all: the one outcome is the period.
        var ruleIds = result.Rules is [{ RuleId: MatchEngine.PeriodRuleId }]
            ? [MatchEngine.PeriodRuleId]
            : channel.Definition.Rules.Select(r => r.Id).ToList();
        foreach (var ruleId in ruleIds)
        {
            if (expected[ruleId] is not JsonValue node)
            {
                differences.Add($"未列出规则 {ruleId} 的预期结论");
                continue;
            }
            var text = node.GetValue<string>();
            var actual = result.Rules.FirstOrDefault(r => r.RuleId == ruleId);
            if (!ZhNames<RuleVerdict>.TryParse(text, out var verdict))
            {
                differences.Add($"规则 {ruleId} 的预期“{text}”应为：{string.Join("、", ZhNames<RuleVerdict>.All)}");
            }
            else if (actual is null)
            {
                differences.Add($"规则 {ruleId} 未被评估");
            }
            else if (actual.Verdict != verdict)
            {
                differences.Add($"规则 {ruleId} 应为“{text}”，实际为“{ZhNames<RuleVerdict>.Of(actual.Verdict)}”：{actual.Message}");
            }
        }
        foreach (var key in expected.Select(p => p.Key).Where(k => !ruleIds.Contains(k)))
        {
            differences.Add($"expect.rules 中的 {key} 不是本次应评估的规则");
        }
    }
}
