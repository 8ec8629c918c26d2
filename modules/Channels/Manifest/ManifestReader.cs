using System.Text.Json;
using System.Text.RegularExpressions;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Channels.Manifest;

/// <summary>
/// Reads and checks <c>plugin.json</c>. Every problem is collected in Chinese, so IT staff see all that is
/// wrong with a manifest at once, and no code is loaded from a folder whose manifest fails.
/// </summary>
internal static partial class ManifestReader
{
    public const string FileName = "plugin.json";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();

    [GeneratedRegex(@"^(\d{2})-(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    public static (PluginManifest? Manifest, IReadOnlyList<string> Problems) Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return (null, [$"缺少清单文件 {FileName}"]);
        }
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return (null, [$"{FileName} 不是有效的 JSON：第{ex.LineNumber + 1}行，{ex.Message}"]);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, [$"{FileName} 的顶层应为对象"]);
            }
            var problems = new List<string>();
            var root = doc.RootElement;
            var id = RequiredText(root, "id", problems);
            if (id is not null && !IdShape().IsMatch(id))
            {
                problems.Add($"id“{id}”只能包含小写字母、数字和连字符");
            }
            var name = RequiredText(root, "name", problems);
            var versionText = RequiredText(root, "version", problems);
            SemanticVersion version = default;
            if (versionText is not null && !SemanticVersion.TryParse(versionText, out version))
            {
                problems.Add($"version“{versionText}”不是语义化版本号（如 1.0.0）");
            }
            var sdkText = RequiredText(root, "sdk", problems);
            VersionRange? sdk = null;
            if (sdkText is not null && !VersionRange.TryParse(sdkText, out sdk))
            {
                problems.Add($"sdk“{sdkText}”不是有效的版本范围（如 >=1.0.0 <2.0.0）");
            }
            var entry = RequiredText(root, "entryAssembly", problems);
            CheckInside(folder, "entryAssembly", entry, problems);
            var levelText = RequiredText(root, "level", problems);
            var level = ChannelLevel.National;
            if (levelText is not null && !ZhNames<ChannelLevel>.TryParse(levelText, out level))
            {
                problems.Add($"level“{levelText}”应为：{string.Join("、", ZhNames<ChannelLevel>.All)}");
            }
            var authority = RequiredText(root, "authority", problems);
            var forms = new List<FundingForm>();
            foreach (var f in TextList(root, "fundingForms", problems))
            {
                if (ZhNames<FundingForm>.TryParse(f, out var form))
                {
                    forms.Add(form);
                }
                else
                {
                    problems.Add($"fundingForms 中的“{f}”应为：{string.Join("、", ZhNames<FundingForm>.All)}");
                }
            }
            var policies = ReadPolicies(root, problems);
            var windows = ReadWindows(root, problems);
            var parameters = OptionalText(root, "parameters");
            var cases = OptionalText(root, "cases");
            var templates = OptionalText(root, "templates");
            CheckInside(folder, "parameters", parameters, problems);
            CheckInside(folder, "cases", cases, problems);
            CheckInside(folder, "templates", templates, problems);
            if (problems.Count > 0)
            {
                return (null, problems);
            }
            return (new PluginManifest(
                id!, name!, version, sdk!, entry!, level, authority!, forms, policies, windows,
                TextList(root, "fields", problems), TextList(root, "tags", problems), OptionalText(root, "notes"),
                parameters, cases, templates), problems);
        }
    }

    /// <summary>A path is accepted only when it resolves inside the plugin folder.</summary>
    internal static bool IsInside(string folder, string relative)
    {
        if (Path.IsPathRooted(relative))
        {
            return false;
        }
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal);
    }

    private static void CheckInside(string folder, string key, string? relative, List<string> problems)
    {
        if (relative is not null && !IsInside(folder, relative))
        {
            problems.Add($"{key}“{relative}”指向插件目录之外");
        }
    }

    private static string? RequiredText(JsonElement root, string key, List<string> problems)
    {
        if (root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString()!.Trim();
        }
        problems.Add($"缺少必填项 {key}（应为非空文字）");
        return null;
    }

    private static string? OptionalText(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static List<string> TextList(JsonElement root, string key, List<string> problems)
    {
        var list = new List<string>();
        if (!root.TryGetProperty(key, out var value))
        {
            return list;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{key} 应为文字列表");
            return list;
        }
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                problems.Add($"{key} 中有非文字的项");
            }
        }
        return list;
    }

    private static List<PolicyReference> ReadPolicies(JsonElement root, List<string> problems)
    {
        var list = new List<PolicyReference>();
        if (!root.TryGetProperty("policies", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            problems.Add("缺少 policies（政策依据列表）");
            return list;
        }
        foreach (var p in value.EnumerateArray())
        {
            var title = OptionalText(p, "title");
            if (title is null)
            {
                problems.Add("policies 中有一项缺少 title");
                continue;
            }
            var confidence = OptionalText(p, "confidence") switch
            {
                "sourced" => Confidence.Sourced,
                "commonly-known" => Confidence.CommonlyKnown,
                "unverified" or null => Confidence.Unverified,
                var other => Invalid(other),
            };
            list.Add(new PolicyReference(OptionalText(p, "docNumber"), title, OptionalText(p, "url"), confidence));
        }
        return list;

        Confidence Invalid(string other)
        {
            problems.Add($"policies 中 confidence“{other}”应为 sourced、commonly-known 或 unverified");
            return Confidence.Unverified;
        }
    }

    private static List<ApplicationWindow> ReadWindows(JsonElement root, List<string> problems)
    {
        var list = new List<ApplicationWindow>();
        if (!root.TryGetProperty("windows", out var value))
        {
            return list;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add("windows 应为列表");
            return list;
        }
        foreach (var w in value.EnumerateArray())
        {
            var open = MonthDay().Match(OptionalText(w, "open") ?? "");
            var close = MonthDay().Match(OptionalText(w, "close") ?? "");
            if (!open.Success || !close.Success)
            {
                problems.Add("windows 中 open/close 应为 MM-dd 格式");
                continue;
            }
            var om = int.Parse(open.Groups[1].Value); var od = int.Parse(open.Groups[2].Value);
            var cm = int.Parse(close.Groups[1].Value); var cd = int.Parse(close.Groups[2].Value);
            if (om is < 1 or > 12 || cm is < 1 or > 12 || od is < 1 or > 31 || cd is < 1 or > 31)
            {
                problems.Add("windows 中的月份或日期超出范围");
                continue;
            }
            list.Add(new ApplicationWindow(OptionalText(w, "name") ?? "申报窗口", om, od, cm, cd, OptionalText(w, "recurrence") ?? "每年", OptionalText(w, "source")));
        }
        return list;
    }
}
