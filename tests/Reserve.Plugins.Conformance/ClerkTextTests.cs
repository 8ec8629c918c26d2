using System.Text.RegularExpressions;
using Xunit;

namespace Reserve.Plugins.Conformance;

/// <summary>
/// What a clerk reads is plain Chinese policy text: no confidence tags ([S], [CK], [NF]), no maintainer notes
/// (本插件…, 上线前须…), no web address or English word written into the text. Those stay where the pages do not
/// show them: a source's note and the manifest's <c>maintainerNotes</c>. Every text of <see cref="PluginTexts"/> but
/// the notes is read.
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
        var texts = PluginTexts.Of(folder).Where(t => !t.ForMaintainers).ToList();
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
