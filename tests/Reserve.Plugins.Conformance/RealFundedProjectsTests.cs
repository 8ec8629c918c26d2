using System.Text.Json.Nodes;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Matching.Golden;
using Reserve.Sdk.Projects;
using Xunit;

namespace Reserve.Plugins.Conformance;

/// <summary>
/// Published projects that actually received a channel's money are golden cases tagged <c>real-funded</c>. A rule
/// change that refuses one of them (不符合) is refusing a project the channel funded, so it must fail the build,
/// whatever the case file itself expects. Missing published facts may leave them 待补充信息 or 待核实.
/// </summary>
public sealed class RealFundedProjectsTests
{
    private const string Tag = "real-funded";

    /// <summary>The 46 published funded projects collected for issue 13; fewer means a case was dropped.</summary>
    private const int PublishedProjects = 46;

    [Fact]
    public void No_real_funded_project_is_refused()
    {
        var cases = RealFundedCases();

        Assert.Equal(PublishedProjects, cases.Count);
        var refused = cases
            .Select(c => (c.Case, Result: MatchEngine.MatchChannel(c.Case.Project, new ActiveChannel(c.Plugin.Channels.Single(x => x.Id == c.Case.ChannelId), c.Plugin), c.Case.AsOf)))
            .Where(x => x.Result.Verdict is MatchVerdict.Ineligible or MatchVerdict.Error)
            .Select(x => $"{x.Case.ChannelId} {x.Case.File}#{x.Case.Index} {x.Case.Name}: {ZhNames<MatchVerdict>.Of(x.Result.Verdict)}（{string.Join("；", x.Result.Rules.Where(r => r.Disqualifies).Select(r => $"{r.RuleId} {r.Message}"))}）")
            .ToList();
        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }

    [Fact]
    public void Every_real_funded_case_names_its_published_source_and_its_assumptions()
    {
        foreach (var (plugin, file, item) in TaggedItems())
        {
            var description = (item["description"] as JsonValue)?.GetValue<string>() ?? "";
            Assert.True(description.Contains("公开出处：", StringComparison.Ordinal) && description.Contains("所作假设：", StringComparison.Ordinal),
                $"{Path.GetFileName(plugin.Folder)}/{file} “{item["name"]}” 未写明公开出处或所作假设");
        }
    }

    private static List<(LoadedPlugin Plugin, GoldenCase Case)> RealFundedCases()
    {
        var tagged = TaggedItems().Select(t => (t.Plugin.Folder, t.File, Name: (t.Item["name"] as JsonValue)?.GetValue<string>())).ToHashSet();
        return PluginConformanceTests.Catalog.Value.Plugins
            .SelectMany(p => GoldenCaseFiles.Read(p).Cases.Select(c => (Plugin: p, Case: c)))
            .Where(x => tagged.Contains((x.Plugin.Folder, x.Case.File, x.Case.Name)))
            .ToList();
    }

    private static IEnumerable<(LoadedPlugin Plugin, string File, JsonObject Item)> TaggedItems()
    {
        foreach (var plugin in PluginConformanceTests.Catalog.Value.Plugins.Where(p => p.Manifest is not null))
        {
            var folder = Path.Combine(plugin.Folder, plugin.Manifest!.CasesPath ?? "cases");
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                if (JsonNode.Parse(File.ReadAllText(path))?["cases"] is not JsonArray items)
                {
                    continue;
                }
                foreach (var item in items.OfType<JsonObject>().Where(i => i["tags"] is JsonArray tags && tags.Any(t => t?.GetValue<string>() == Tag)))
                {
                    yield return (plugin, Path.GetFileName(path), item);
                }
            }
        }
    }
}
