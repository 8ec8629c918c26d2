using System.Text.RegularExpressions;
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
        var texts = PluginTexts.Of(folder);
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
}
