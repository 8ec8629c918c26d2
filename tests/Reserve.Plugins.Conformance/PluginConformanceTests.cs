using System.Text.RegularExpressions;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Matching.Golden;
using Reserve.Sdk.Rules;
using Xunit;

namespace Reserve.Plugins.Conformance;

/// <summary>
/// Every folder in plugins/ must load, define channels whose every rule has a source and a Chinese
/// title, and ship at least eight golden cases per channel that all pass through the real engine.
/// </summary>
public sealed partial class PluginConformanceTests
{
    private const int MinimumCasesPerChannel = 8;

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    internal static readonly Lazy<ChannelCatalog> Catalog = new(() => ChannelsModule.LoadCatalog(Path.Combine(RepoRoot(), "artifacts", "plugins")));

    public static TheoryData<string> PluginFolders()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(RepoRoot(), "plugins")).Where(d => Directory.GetFiles(d, "*.csproj").Length > 0).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }
        return data;
    }

    [Fact]
    public void There_are_plugins_to_check() => Assert.True(PluginFolders().Count >= 3);

    [Theory]
    [MemberData(nameof(PluginFolders))]
    public void Plugin_loads_and_is_active(string folder)
    {
        var plugin = Plugin(folder);
        Assert.True(plugin.Status == PluginStatus.Active, $"{folder}: {plugin.Fault}");
        Assert.NotEmpty(plugin.Channels);
        Assert.NotEmpty(plugin.Manifest!.Policies);
    }

    [Theory]
    [MemberData(nameof(PluginFolders))]
    public void Every_rule_has_a_source_and_a_chinese_title(string folder)
    {
        foreach (var channel in Plugin(folder).Channels)
        {
            Assert.Matches(Chinese(), channel.Name);
            foreach (var rule in channel.Rules)
            {
                Assert.False(string.IsNullOrWhiteSpace(rule.Source.Citation), $"{channel.Id}/{rule.Id} 没有出处");
                Assert.Matches(Chinese(), rule.Title);
                Assert.True(rule.Source.Confidence != Confidence.Sourced || rule.Source.Url is not null || rule.Source.Note is not null || rule.Source.Citation.Contains('《'),
                    $"{channel.Id}/{rule.Id} 标为有出处却没有文件名、网址或说明");
            }
        }
    }

    [Theory]
    [MemberData(nameof(PluginFolders))]
    public void Golden_cases_pass_and_cover_each_channel(string folder)
    {
        var plugin = Plugin(folder);
        var report = GoldenCaseRunner.Run(plugin);

        Assert.Empty(report.Problems);
        var failures = report.Cases.Where(c => !c.Passed).Select(c => $"{c.File}#{c.Index} {c.Name}: {string.Join("；", c.Differences)}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        foreach (var channel in plugin.Channels)
        {
            var count = report.Cases.Count(c => c.ChannelId == channel.Id);
            Assert.True(count >= MinimumCasesPerChannel, $"{channel.Id} 只有 {count} 个黄金用例，至少需要 {MinimumCasesPerChannel} 个");
        }
    }

    [Theory]
    [MemberData(nameof(PluginFolders))]
    public void Golden_cases_exercise_every_verdict_and_each_deciding_rule_fails_somewhere(string folder)
    {
        var plugin = Plugin(folder);
        foreach (var channel in plugin.Channels)
        {
            var results = GoldenResults(plugin, channel.Id);
            Assert.Contains(results, r => r.Verdict == MatchVerdict.Eligible);
            Assert.Contains(results, r => r.Verdict == MatchVerdict.Ineligible);
            Assert.Contains(results, r => r.Verdict == MatchVerdict.NeedsInformation);
            foreach (var rule in channel.Rules.Where(r => r.DecidesVerdict))
            {
                var failing = results.SelectMany(r => r.Rules).Where(o => o.RuleId == rule.Id && o.Verdict == RuleVerdict.Fail).ToList();
                Assert.True(failing.Count > 0, $"{channel.Id}/{rule.Id} 在黄金用例中从未不通过");
                Assert.All(failing, o => Assert.Matches(Chinese(), o.Message));
            }
        }
    }

    private static IReadOnlyList<MatchResult> GoldenResults(LoadedPlugin plugin, string channelId) =>
        GoldenCaseFiles.Load(plugin, channelId).Select(c => MatchEngine.MatchChannel(c.Project, new ActiveChannel(plugin.Channels.Single(x => x.Id == channelId), plugin), c.AsOf)).ToList();

    private static LoadedPlugin Plugin(string folder) =>
        Catalog.Value.Plugins.SingleOrDefault(p => Path.GetFileName(p.Folder) == folder)
        ?? throw new InvalidOperationException($"artifacts/plugins/{folder} 未构建");

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monolith.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Monolith.sln not found");
    }
}
