using System.Globalization;
using System.Text.Json;

namespace Reserve.Channels.Validation;

/// <summary>
/// Checks the periods of <c>parameters.json</c> as written, before the table merges them: each value holds
/// from its date until the next one, so two values on one date overlap, and a value after an end (null)
/// leaves the time between them without any value (a gap a match in that time would fall into). A programme
/// that really pauses (no batch for a while) says so: <c>"interruptions": { "2023-01-01": "why" }</c> names the
/// gap's first day and its reason, and that gap is intended, not a fault.
/// </summary>
internal static class DatedParameterCheck
{
    public static IReadOnlyList<string> Run(string path)
    {
        var problems = new List<string>();
        var name = Path.GetFileName(path);
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!doc.RootElement.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Object)
        {
            return [$"{name} 缺少 \"parameters\" 对象"];
        }
        foreach (var parameter in parameters.EnumerateObject())
        {
            // A source is written out, or cites one of the manifest's by id (the loader resolves the id).
            if (!parameter.Value.TryGetProperty("source", out var source) || source.ValueKind is not (JsonValueKind.Object or JsonValueKind.String))
            {
                problems.Add($"参数 {parameter.Name} 没有出处 source（无出处时写明 confidence: unverified）");
            }
            if (!parameter.Value.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
            {
                continue; // the loader already names a parameter without values
            }
            var interruptions = Interruptions(parameter.Value);
            var periods = new List<(DateOnly From, bool Ended)>();
            foreach (var value in values.EnumerateObject())
            {
                if (DateOnly.TryParseExact(value.Name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
                {
                    periods.Add((from, value.Value.ValueKind == JsonValueKind.Null));
                }
            }
            foreach (var twice in periods.GroupBy(p => p.From).Where(g => g.Count() > 1))
            {
                problems.Add($"参数 {parameter.Name} 在 {twice.Key:yyyy-MM-dd} 有 {twice.Count()} 个取值，时段重叠");
            }
            var ordered = periods.DistinctBy(p => p.From).OrderBy(p => p.From).ToList();
            if (ordered.Count > 0 && ordered[0].Ended)
            {
                problems.Add($"参数 {parameter.Name} 的第一个取值（{ordered[0].From:yyyy-MM-dd}）是 null，只能用来结束前一个取值");
            }
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i - 1].Ended && !ordered[i].Ended && !interruptions.Contains(ordered[i - 1].From))
                {
                    problems.Add($"参数 {parameter.Name} 在 {ordered[i - 1].From:yyyy-MM-dd} 至 {ordered[i].From.AddDays(-1):yyyy-MM-dd} 没有取值（时段中断）");
                }
                else if (ordered[i - 1].Ended && ordered[i].Ended)
                {
                    problems.Add($"参数 {parameter.Name} 在 {ordered[i].From:yyyy-MM-dd} 重复结束（前一个取值已于 {ordered[i - 1].From:yyyy-MM-dd} 结束）");
                }
            }
        }
        return problems;
    }

    /// <summary>The first days of the gaps a parameter declares, each with a reason (a bare date explains nothing).</summary>
    private static HashSet<DateOnly> Interruptions(JsonElement parameter)
    {
        var days = new HashSet<DateOnly>();
        if (parameter.TryGetProperty("interruptions", out var declared) && declared.ValueKind == JsonValueKind.Object)
        {
            foreach (var gap in declared.EnumerateObject())
            {
                if (gap.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(gap.Value.GetString())
                    && DateOnly.TryParseExact(gap.Name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    days.Add(day);
                }
            }
        }
        return days;
    }
}
