using System.Text.RegularExpressions;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Matching.Golden;
using Reserve.Sdk.Rules;
using Xunit;

namespace Reserve.Plugins.Conformance;

/// <summary>
/// What users read cites real policy documents (文号, title, date), never the files our rules were written from:
/// every plugin's rule sources, parameter sources, materials, channel texts and manifest notes, and every message
/// its golden cases produce (rule reasons, timing, readiness), are free of internal file names and section marks.
/// </summary>
public sealed partial class CitationTests
{
    // domain-channels.md, project-record.md, parameters.json, plugin.json, any *.md file, or a section mark such as §2.7.
    [GeneratedRegex(@"domain-channels|project-record|parameters\.json|plugin\.json|\.md\b|§\s*\d")]
    private static partial Regex InternalReference();

    [Theory]
    [MemberData(nameof(PluginConformanceTests.PluginFolders), MemberType = typeof(PluginConformanceTests))]
    public void Nothing_a_user_reads_cites_an_internal_file(string folder)
    {
        var plugin = PluginConformanceTests.Catalog.Value.Plugins.Single(p => Path.GetFileName(p.Folder) == folder);
        var texts = new List<(string Where, string? Text)>();
        var manifest = plugin.Manifest!;
        texts.Add(("plugin.json notes", manifest.Notes));
        texts.AddRange(manifest.Windows.Select(w => ($"plugin.json windows {w.Name}", (string?)w.Source)));
        texts.AddRange(manifest.Policies.Select(p => ("plugin.json policies", (string?)p.ToString())));
        foreach (var info in plugin.Parameters.All)
        {
            texts.Add(($"参数 {info.Key}", info.Label));
            AddSource(texts, $"参数 {info.Key}", info.Source);
        }
        foreach (var channel in plugin.Channels)
        {
            texts.Add(($"{channel.Id} summary", channel.Summary));
            AddSource(texts, $"{channel.Id} period", channel.PeriodSource);
            foreach (var rule in channel.Rules)
            {
                texts.Add(($"{channel.Id}/{rule.Id} title", rule.Title));
                AddSource(texts, $"{channel.Id}/{rule.Id}", rule.Source);
            }
            foreach (var material in channel.Materials)
            {
                texts.Add(($"{channel.Id}/{material.Id}", material.Name + material.Evidence));
                AddSource(texts, $"{channel.Id}/{material.Id}", material.Source);
            }
            foreach (var @case in GoldenCaseFiles.Load(plugin, channel.Id))
            {
                var result = MatchEngine.MatchChannel(@case.Project, new ActiveChannel(channel, plugin), @case.AsOf);
                texts.AddRange(result.Rules.Select(o => ($"{@case.File}#{@case.Index} {o.RuleId}", (string?)(o.Message + o.SourceCitation + o.SourceNote))));
                texts.Add(($"{@case.File}#{@case.Index} timing", result.Timing?.Message));
                texts.AddRange(result.Readiness.Select(r => ($"{@case.File}#{@case.Index} {r.Id}", (string?)(r.Message + r.SourceCitation))));
            }
        }
        var offending = texts.Where(t => t.Text is not null && InternalReference().IsMatch(t.Text)).Select(t => $"{t.Where}: {InternalReference().Match(t.Text!).Value}").ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending.Take(30)));
        Assert.True(texts.Count > 50, "检查的文字太少，测试没有读到插件内容");
    }

    [Theory]
    [InlineData("见 domain-channels.md §2.7")]
    [InlineData("项目记录规范 project-record.md")]
    [InlineData("见 parameters.json")]
    [InlineData("按 §10 作评分项")]
    public void The_check_recognises_internal_references(string text) => Assert.Matches(InternalReference(), text);

    private static void AddSource(List<(string, string?)> texts, string where, PolicySource? source)
    {
        if (source is not null)
        {
            texts.Add((where + " citation", source.Citation));
            texts.Add((where + " note", source.Note));
        }
    }
}
