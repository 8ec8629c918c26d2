using System.Text.Json.Nodes;
using Reserve.Rendering.Sandbox;

namespace Reserve.Rendering.Tests;

public sealed class TemplateRendererTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reserve-rendering-").FullName;

    public TemplateRendererTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "shared"));
        File.WriteAllText(Path.Combine(_folder, "report.sbn-md"), "# {{ doc.title }}\n\n{{ report.unit }}：{{ wan report.amount }}（{{ daxie report.amount }}）\n");
    }

    private RenderResult Render(DocumentMode mode = DocumentMode.Final) => new TemplateRenderer().RenderReport(new ReportRequest("r", "调度月报", "2026年11月",
        _folder, "report.sbn-md", Path.Combine(_folder, "shared"), new JsonObject { ["report"] = new JsonObject { ["unit"] = "市发改委", ["amount"] = 1234.5m } },
        mode, new DateOnly(2026, 12, 1), "reserve.tests", "1.0.0"));

    [Fact]
    public void A_report_renders_the_callers_data_beside_doc_and_stamps_its_producer()
    {
        var result = Render();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.StartsWith("# 调度月报", result.Markdown);
        Assert.Contains("市发改委", result.Markdown);
        Assert.Contains("壹仟贰佰叁拾肆万伍仟元整", result.Markdown);
        Assert.Equal(("reserve.tests", "1.0.0", "r", "2026年11月"), (result.Stamp!.PluginId, result.Stamp.PluginVersion, result.Stamp.ChannelId, result.Stamp.ProjectName));
        Assert.Equal(64, result.Stamp.DataHash.Length);
    }

    [Fact]
    public void Parsed_templates_are_cached_by_path_and_hash()
    {
        Render();
        var count = TemplateCache.Count;
        Render();
        Assert.Equal(count, TemplateCache.Count);
    }

    [Theory]
    [InlineData("0", "零元整")]
    [InlineData("1", "壹万元整")]
    [InlineData("12345.67", "壹亿贰仟叁佰肆拾伍万陆仟柒佰元整")]
    [InlineData("1234.567", "壹仟贰佰叁拾肆万伍仟陆佰柒拾元整")]
    [InlineData("0.00012", "壹元贰角")]
    [InlineData("0.000105", "壹元零伍分")]
    [InlineData("0.000001", "壹分")]
    [InlineData("0.00005", "伍角")]
    [InlineData("10000.0005", "壹亿零伍元整")]
    [InlineData("10000.5", "壹亿零伍仟元整")]
    [InlineData("0.1001", "壹仟零壹元整")]
    [InlineData("0.101", "壹仟零壹拾元整")]
    [InlineData("100.01", "壹佰万零壹佰元整")]
    [InlineData("0.001", "壹拾元整")]
    [InlineData("-2", "负贰万元整")]
    [InlineData("0.12345678", "壹仟贰佰叁拾肆元伍角柒分")]
    public void Daxie_writes_amounts_in_capitals(string wan, string expected) =>
        Assert.Equal(expected, ChineseAmount.FromWan(decimal.Parse(wan, System.Globalization.CultureInfo.InvariantCulture)));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
