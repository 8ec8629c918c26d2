using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Reserve.Matching;
using Reserve.Sdk.Projects;

namespace Reserve.Documents.Tests;

/// <summary>
/// The package for 报市政府审定: a zip of Chinese-named entries whose 请示 is a valid DOCX in 公文 form with the
/// totals by department, channel and 两新一重, whose 汇总表 and channel lists hold exactly the projects given,
/// and whose manifest carries each file's SHA-256.
/// </summary>
public class GovernmentPackageTests
{
    private static GovernmentPackageInput Input(int count = 3)
    {
        var projects = Enumerable.Range(1, count).Select(i =>
        {
            var p = Fixture.Project();
            p.Id = $"2027-{i:0000}";
            p.Department = i == 3 ? "嘉峪关市水务局" : "嘉峪关市住房和城乡建设局";
            p.TotalInvestment = 10000m * i;
            p.Tags = i == 2 ? ["新型城镇化（系统）", "重大工程-水利（系统）"] : i == 1 ? ["新型城镇化（系统）"] : [];
            return p;
        }).ToList();
        var results = projects.Select(p => Fixture.Match(p) with { ProjectId = p.Id!, EstimatedAmount = p.Id == "2027-0003" ? null : 2000m }).ToList();
        // The third asks for a channel it has an answer for; the lists name it, never by its id.
        results.Add(Fixture.Match(projects[2]) with
        {
            ProjectId = "2027-0003", ChannelId = "special-bonds", ChannelName = "地方政府专项债券", Verdict = MatchVerdict.NeedsInformation, EstimatedAmount = null,
        });
        projects[2].Requests = [new ChannelRequest { Channel = "special-bonds", Amount = 5000m }];
        return new GovernmentPackageInput(2027, new DateOnly(2026, 11, 20), "嘉峪关市发展和改革委员会", "市人民政府", "张三 0937-6221234",
            projects, results, Path.Combine(AppContext.BaseDirectory, "host-templates"));
    }

    private static (PackageResult Result, ZipArchive Zip) Write(GovernmentPackageInput input)
    {
        var stream = new MemoryStream();
        var result = new GovernmentPackage(Fixture.Clock).Write(input, stream);
        stream.Position = 0;
        return (result, new ZipArchive(stream, ZipArchiveMode.Read));
    }

    [Fact]
    public void Entries_have_chinese_names_and_the_manifest_hashes_every_file()
    {
        var (result, zip) = Write(Input());
        using var _ = zip;

        Assert.True(result.Succeeded, string.Join("；", result.Problems));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(
        [
            "关于报送2027年度项目谋划储备情况的请示.docx",
            "附件1：2027年度储备项目汇总表.xlsx",
            "附件2：分渠道推荐申报项目清单/01 地方政府专项债券.xlsx",
            "附件2：分渠道推荐申报项目清单/02 中央预算内投资·城镇老旧小区改造.xlsx",
            "manifest.json",
        ], names);
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(4, files.Count);
        foreach (var file in files)
        {
            var entry = zip.GetEntry(file.GetProperty("path").GetString()!)!;
            using var s = entry.Open();
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(s)));
        }
        Assert.Equal(["2027-0001", "2027-0002", "2027-0003"], manifest.RootElement.GetProperty("projects").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public void The_request_is_valid_docx_in_official_form_with_the_totals()
    {
        var (_, zip) = Write(Input());
        using var __ = zip;
        using var bytes = new MemoryStream();
        zip.GetEntry("关于报送2027年度项目谋划储备情况的请示.docx")!.Open().CopyTo(bytes);
        using var doc = WordprocessingDocument.Open(bytes, false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var body = doc.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        var texts = paragraphs.Select(p => p.InnerText).ToList();
        // 版头: the issuer in red, then the 发文字号 line carrying the red separator.
        Assert.Equal("嘉峪关市发展和改革委员会", texts[0]);
        Assert.Equal("FF0000", paragraphs[0].Descendants<Color>().Single().Val!.Value);
        Assert.Equal("FF0000", paragraphs[1].ParagraphProperties!.ParagraphBorders!.BottomBorder!.Color!.Value);
        Assert.Contains("签发人", texts[1]);
        Assert.Contains("关于报送2027年度项目谋划储备情况的请示", texts);
        // 主送机关 顶格; 署名 and 成文日期 right-aligned; 附件说明 present.
        var recipient = paragraphs.Single(p => p.InnerText == "市人民政府：");
        Assert.Equal("0", recipient.ParagraphProperties!.Indentation!.FirstLine!.Value);
        foreach (var signed in new[] { "嘉峪关市发展和改革委员会", "2026年11月20日" })
        {
            var p = paragraphs.Last(x => x.InnerText == signed);
            Assert.Equal(JustificationValues.Right, p.ParagraphProperties!.Justification!.Val!.Value);
        }
        Assert.Contains(texts, t => t.StartsWith("附件：1．2027年度储备项目汇总表", StringComparison.Ordinal) && t.Contains("2．分渠道推荐申报项目清单（2个渠道）", StringComparison.Ordinal));
        Assert.Contains("妥否，请批示。", texts);
        Assert.Contains("（联系人：张三 0937-6221234）", texts);
        // GB/T 9704 page: A4, top 37 mm, left 28 mm.
        var section = body.Elements<SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(2098, section.GetFirstChild<PageMargin>()!.Top!.Value);

        var all = string.Join("\n", texts) + string.Join("\n", body.Descendants<TableCell>().Select(c => c.InnerText));
        Assert.Contains("共受理储备项目3个，总投资60,000万元，推荐申报各类上级资金9,000万元", all);
        Assert.Contains("嘉峪关市水务局", all);
        Assert.Contains("新型城镇化", all);
        Assert.Contains("重大工程-水利", all);
        Assert.Contains("未归入两新一重", all);
        Assert.DoesNotContain("草稿", all);
    }

    [Fact]
    public void The_summary_and_channel_lists_hold_the_projects_given()
    {
        var (_, zip) = Write(Input());
        using var __ = zip;
        string Sheet(string name)
        {
            using var bytes = new MemoryStream();
            zip.GetEntry(name)!.Open().CopyTo(bytes);
            using var xlsx = SpreadsheetDocument.Open(bytes, false);
            return string.Join("|", xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText));
        }
        var summary = Sheet("附件1：2027年度储备项目汇总表.xlsx");
        Assert.Contains("2027年度储备项目汇总表（已受理项目）", summary);
        Assert.Equal(3, summary.Split("嘉峪关市胜利路片区老旧小区改造项目").Length - 1);
        var bonds = Sheet("附件2：分渠道推荐申报项目清单/01 地方政府专项债券.xlsx");
        Assert.Equal(1, bonds.Split("嘉峪关市胜利路片区老旧小区改造项目").Length - 1);
        var central = Sheet("附件2：分渠道推荐申报项目清单/02 中央预算内投资·城镇老旧小区改造.xlsx");
        Assert.Equal(2, central.Split("嘉峪关市胜利路片区老旧小区改造项目").Length - 1);
    }

    [Fact]
    public void No_accepted_project_gives_a_chinese_reason_and_no_file()
    {
        var stream = new MemoryStream();
        var result = new GovernmentPackage(Fixture.Clock).Write(Input() with { Projects = [] }, stream);

        Assert.False(result.Succeeded);
        Assert.Equal("2027年度没有已受理的项目，不能生成报市政府审定的材料", result.Problems.Single());
        Assert.Equal(0, stream.Length);
    }
}
