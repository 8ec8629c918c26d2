using System.IO.Compression;
using System.Text.Json;
using Reserve.Persistence;
using Reserve.Testing;
using Xunit;

namespace Reserve.Host.Tests;

/// <summary>The docs commands over a seeded reserve, through the real executable, plugins and templates.</summary>
public sealed class DocumentCommandTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Draft_renders_with_placeholders_final_refuses_naming_the_missing_fields(DatabaseProvider provider)
    {
        using var host = await HostProcess.OnAsync(provider);
        Assert.Equal(0, host.Run("seed", "--count", "30").Exit);

        var (exit, output, error) = host.Run("docs", "render", "--project", "2027-0001", "--channel", "special-bonds", "--as-of", "2025-11-10", "--out", host.PathOf("plan.docx"));
        Assert.True(exit == 0, error);
        Assert.Contains("已生成草稿文书", output);
        using (var docx = ZipFile.OpenRead(host.PathOf("plan.docx")))
        {
            using var reader = new StreamReader(docx.GetEntry("word/document.xml")!.Open());
            var xml = reader.ReadToEnd();
            Assert.Contains("项目实施方案", xml);
            Assert.DoesNotContain("{{", xml);
        }

        var (htmlExit, _, _) = host.Run("docs", "render", "--project", "2027-0001", "--channel", "special-bonds", "--format", "html", "--out", host.PathOf("plan.html"));
        Assert.Equal(0, htmlExit);
        Assert.Contains("lang=\"zh-CN\"", File.ReadAllText(host.PathOf("plan.html")));

        if (output.Contains("待补充"))
        {
            var (finalExit, _, finalError) = host.Run("docs", "render", "--project", "2027-0001", "--channel", "special-bonds", "--final", "--out", host.PathOf("final.docx"));
            Assert.Equal(1, finalExit);
            Assert.Contains("正式文书缺少", finalError);
            Assert.False(File.Exists(host.PathOf("final.docx")) && new FileInfo(host.PathOf("final.docx")).Length > 0);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Unknown_project_channel_or_template_is_refused_in_chinese(DatabaseProvider provider)
    {
        using var host = await HostProcess.OnAsync(provider);
        Assert.Equal(0, host.Run("seed", "--count", "3").Exit);
        Assert.Contains("没有已启用的渠道", host.Run("docs", "render", "--project", "2027-0001", "--channel", "nope").Err);
        Assert.Contains("没有储备编号为 2099-0001 的项目", host.Run("docs", "render", "--project", "2099-0001", "--channel", "special-bonds").Err);
        Assert.Contains("没有模板“nope”", host.Run("docs", "render", "--project", "2027-0001", "--channel", "gs-gas", "--template", "nope").Err);
    }

    /// <summary>Every enabled channel has a document, and each renders as a draft for a demo project.</summary>
    [Fact]
    public async Task Every_channel_gives_a_draft_for_a_demo_project()
    {
        using var host = await HostProcess.OnAsync(DatabaseProvider.Sqlite);
        Assert.Equal(0, host.Run("seed", "--count", "3").Exit);

        var (exit, output, error) = host.Run("docs", "batch", "--project", "2027-0001", "--as-of", "2025-11-10", "--out", host.PathOf("all.zip"));

        Assert.True(exit == 0, error);
        Assert.Contains("0 份未生成", output);
        using var zip = ZipFile.OpenRead(host.PathOf("all.zip"));
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var channels = manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("channelId").GetString()).ToHashSet();
        foreach (var id in new[] { "gs-rural-roads", "gs-gas", "gs-power-grid", "gs-water-network", "gs-cold-chain", "gs-old-communities", "gs-new-infrastructure",
                     "gs-material-reserves", "ultra-long-bonds", "policy-finance", "anti-pandemic-bonds", "special-bonds", "old-communities" })
        {
            Assert.Contains(id, channels);
        }
        foreach (var (channel, title) in new[] { ("ultra-long-bonds", "项目申报材料"), ("gs-water-network", "项目实施方案（提纲）") })
        {
            var template = channel == "gs-water-network" ? "implementation-outline" : "application";
            var rendered = host.Run("docs", "render", "--project", "2027-0001", "--channel", channel, "--template", template, "--format", "md", "--out", host.PathOf(channel + ".md"));
            Assert.True(rendered.Exit == 0, rendered.Err);
            Assert.Contains(title, File.ReadAllText(host.PathOf(channel + ".md")));
        }
    }

    [Fact]
    public async Task Package_refuses_a_bad_year_and_a_year_without_accepted_projects_in_chinese()
    {
        using var host = await HostProcess.OnAsync(DatabaseProvider.Sqlite);
        Assert.Equal(0, host.Run("seed", "--count", "3").Exit);

        var badYear = host.Run("docs", "package", "--year", "27");
        Assert.Equal(2, badYear.Exit);
        Assert.Contains("--year“27”应为 2000 到 2100 之间的年份", badYear.Err);

        var none = host.Run("docs", "package", "--year", "2031", "--out", host.PathOf("p.zip"));
        Assert.Equal(1, none.Exit);
        Assert.Contains("2031年度没有已受理的项目，不能生成报市政府审定的材料", none.Err);
        Assert.False(File.Exists(host.PathOf("p.zip")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresData]
    public async Task Batch_writes_a_zip_whose_manifest_lists_every_file_and_the_summary_has_formulas(DatabaseProvider provider)
    {
        using var host = await HostProcess.OnAsync(provider);
        Assert.Equal(0, host.Run("seed", "--count", "4").Exit);

        var (exit, output, error) = host.Run("docs", "batch", "--summary", "--as-of", "2025-11-10", "--out", host.PathOf("pack.zip"));

        Assert.True(exit == 0, error);
        Assert.Contains("0 份未生成", output);
        using var zip = ZipFile.OpenRead(host.PathOf("pack.zip"));
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(zip.Entries.Count - 1, files.Count);
        Assert.All(files, f => Assert.NotNull(zip.GetEntry(f.GetProperty("path").GetString()!)));
        Assert.Contains(files, f => f.GetProperty("kind").GetString() == "docx" && f.GetProperty("pluginId").GetString() == "central-budget");
        var summary = zip.Entries.Single(e => e.Name.EndsWith(".xlsx", StringComparison.Ordinal));
        using var xlsx = new ZipArchive(summary.Open());
        using var sheet = new StreamReader(xlsx.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Open());
        Assert.Contains("SUM(", sheet.ReadToEnd());
    }
}
