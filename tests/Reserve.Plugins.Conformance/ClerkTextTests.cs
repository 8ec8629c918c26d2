using System.Text.RegularExpressions;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Matching.Golden;
using Reserve.Sdk.Rules;
using Xunit;

namespace Reserve.Plugins.Conformance;

/// <summary>
/// What a clerk reads is plain Chinese policy text: no confidence tags ([S], [CK], [NF]), no maintainer notes
/// (本插件…, 上线前须…), no web address or English word written into the text. Those stay where the pages do not
/// show them: a source's note and the manifest's <c>maintainerNotes</c>. Every plugin's manifest notes, policy
/// titles and windows, parameter labels, channel summaries, rule titles, citations and materials are read, and
/// every message its golden cases produce (rule reasons, estimate, timing, readiness).
/// </summary>
public sealed partial class ClerkTextTests
{
    // A bracketed tag, a maintainer's phrase, an address, or a Latin word other than the file formats and the
    // standard prefix a clerk meets (GB/T 40058-2021).
    [GeneratedRegex(@"\[(?:S|CK|NF)\b[^\]]*\]|本插件|上线前须|https?://|www\.|(?<![A-Za-z])(?!(?:DOCX|XLSX|PDF|API|GB|T)(?![A-Za-z]))[A-Za-z]{2,}")]
    private static partial Regex NotForClerks();

    [Theory]
    [MemberData(nameof(PluginConformanceTests.PluginFolders), MemberType = typeof(PluginConformanceTests))]
    public void Nothing_a_clerk_reads_carries_tags_notes_or_english(string folder)
    {
        var plugin = PluginConformanceTests.Catalog.Value.Plugins.Single(p => Path.GetFileName(p.Folder) == folder);
        var texts = new List<(string Where, string? Text)>();
        var manifest = plugin.Manifest!;
        texts.Add(("plugin.json notes", manifest.Notes));
        texts.Add(("plugin.json authority", manifest.Authority));
        texts.AddRange(manifest.Windows.Select(w => ($"plugin.json windows {w.Name}", (string?)(w.Name + w.Source))));
        texts.AddRange(manifest.Policies.Select(p => ("plugin.json policies", (string?)(p.DocNumber + p.Title))));
        foreach (var info in plugin.Parameters.All)
        {
            texts.Add(($"参数 {info.Key}", info.Label + info.Source?.Citation));
        }
        foreach (var channel in plugin.Channels)
        {
            texts.Add(($"{channel.Id} summary", channel.Summary));
            texts.Add(($"{channel.Id} period", channel.PeriodSource?.Citation));
            foreach (var fact in channel.Facts)
            {
                texts.Add(($"{channel.Id}/{fact.Key}", fact.Label + fact.Help + string.Concat(fact.Options ?? [])));
            }
            foreach (var rule in channel.Rules)
            {
                texts.Add(($"{channel.Id}/{rule.Id}", rule.Title + rule.Source.Citation));
            }
            foreach (var material in channel.Materials)
            {
                texts.Add(($"{channel.Id}/{material.Id}", material.Name + material.Evidence + material.Source.Citation));
            }
            foreach (var @case in GoldenCaseFiles.Load(plugin, channel.Id))
            {
                var result = MatchEngine.MatchChannel(@case.Project, new ActiveChannel(channel, plugin), @case.AsOf);
                var where = $"{@case.File}#{@case.Index}";
                // A message may quote the project's own 项目代码 (a malformed one, say): that is the clerk's entry, not ours.
                string? Ours(string? text) => @case.Project.Code is { Length: > 0 } code ? text?.Replace(code, "", StringComparison.Ordinal) : text;
                texts.AddRange(result.Rules.Select(o => ($"{where} {o.RuleId}", Ours(o.Message + o.SourceCitation))));
                texts.Add(($"{where} estimate", Ours(result.EstimateBasis)));
                texts.Add(($"{where} timing", Ours(result.Timing?.Message)));
                texts.AddRange(result.Readiness.Select(r => ($"{where} {r.Id}", Ours(r.Message + r.SourceCitation))));
            }
        }
        var offending = texts.Where(t => t.Text is not null && NotForClerks().IsMatch(t.Text))
            .Select(t => $"{t.Where}: {NotForClerks().Match(t.Text!).Value}")
            .Distinct()
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending.Take(40)));
        Assert.True(texts.Count > 50, "检查的文字太少，测试没有读到插件内容");
    }

    [Theory]
    [InlineData("通行说法 [CK]")]
    [InlineData("第三方资料 [S, 3rd-party]")]
    [InlineData("原文未取得（[NF]）")]
    [InlineData("本插件推定")]
    [InlineData("上线前须对照省级实施方案核实")]
    [InlineData("见 http://www.example.com/a.html")]
    [InlineData("see the next block")]
    [InlineData("户均配变容量 2 kVA")]
    public void The_check_recognises_what_a_clerk_must_not_read(string text) => Assert.Matches(NotForClerks(), text);

    [Theory]
    [InlineData("《固定资产投资项目代码管理规范》（发改投资〔2020〕1439号）；GB/T 40058-2021")]
    [InlineData("下载 DOCX 或 XLSX")]
    [InlineData("5G、物联网、工业互联网")]
    public void The_check_lets_plain_policy_text_through(string text) => Assert.DoesNotMatch(NotForClerks(), text);
}
