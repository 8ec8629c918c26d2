using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reserve.Channels;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Projects;

namespace Reserve.Matching.Golden;

/// <summary>
/// Reads a plugin's golden-case files (<c>cases/*.json</c>, format in docs/plugin-authoring.md): each
/// case's project is its <c>project</c> merged over the file's <c>base</c>.
/// </summary>
public static class GoldenCaseFiles
{
    /// <summary>The cases of one channel (for tools and tests that want the projects themselves).</summary>
    public static IReadOnlyList<GoldenCase> Load(LoadedPlugin plugin, string channelId) =>
        Read(plugin).Cases.Where(c => c.ChannelId == channelId).ToList();

    /// <summary>Every readable case, and a Chinese problem for everything that could not be read.</summary>
    public static (IReadOnlyList<GoldenCase> Cases, IReadOnlyList<(string File, int Index, string Name, string ChannelId, string Problem)> Unreadable, IReadOnlyList<string> Problems) Read(LoadedPlugin plugin)
    {
        var cases = new List<GoldenCase>();
        var unreadable = new List<(string, int, string, string, string)>();
        var problems = new List<string>();
        if (plugin.Manifest is null)
        {
            return (cases, unreadable, ["插件清单无法读取"]);
        }
        var casesDir = Path.Combine(plugin.Folder, plugin.Manifest.CasesPath ?? "cases");
        var files = Directory.Exists(casesDir) ? Directory.GetFiles(casesDir, "*.json").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        foreach (var file in files)
        {
            ReadFile(plugin, file, cases, unreadable, problems);
        }
        return (cases, unreadable, problems);
    }

    private static void ReadFile(LoadedPlugin plugin, string file, List<GoldenCase> cases, List<(string, int, string, string, string)> unreadable, List<string> problems)
    {
        var name = Path.GetFileName(file);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            problems.Add($"{name} 不是有效的 JSON：{ex.Message}");
            return;
        }
        var channelId = (root?["channel"] as JsonValue)?.GetValue<string>();
        if (plugin.Channels.All(c => c.Id != channelId))
        {
            problems.Add($"{name} 的 channel“{channelId}”不是本插件的渠道");
            return;
        }
        if (root!["cases"] is not JsonArray list || list.Count == 0)
        {
            problems.Add($"{name} 没有 cases");
            return;
        }
        var baseRecord = root["base"] as JsonObject;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i] as JsonObject;
            var caseName = (item?["name"] as JsonValue)?.GetValue<string>() ?? $"第{i + 1}个用例";
            try
            {
                cases.Add(ReadCase(name, i + 1, caseName, channelId!, baseRecord, item ?? throw new JsonException("用例应为对象")));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                unreadable.Add((name, i + 1, caseName, channelId!, $"用例无法读取：{ex.Message}"));
            }
        }
    }

    private static GoldenCase ReadCase(string file, int index, string name, string channelId, JsonObject? baseRecord, JsonObject item)
    {
        var asOfText = (item["asOf"] as JsonValue)?.GetValue<string>();
        if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            throw new FormatException($"asOf“{asOfText}”不是 yyyy-MM-dd 日期");
        }
        var project = Merge(baseRecord, item["project"] as JsonObject).Deserialize<ProjectRecord>(ProjectJson.Options) ?? throw new JsonException("project 为空");
        project.Id ??= "golden";
        var expect = item["expect"] as JsonObject ?? throw new JsonException("缺少 expect");
        return new GoldenCase(file, index, name, channelId, asOf, project, expect);
    }

    /// <summary>The case's keys over the base's; a key set to null removes it.</summary>
    private static JsonObject Merge(JsonObject? baseRecord, JsonObject? patch)
    {
        var merged = baseRecord?.DeepClone() as JsonObject ?? [];
        if (patch is null)
        {
            return merged;
        }
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                merged.Remove(key);
            }
            else
            {
                merged[key] = value.DeepClone();
            }
        }
        return merged;
    }
}
