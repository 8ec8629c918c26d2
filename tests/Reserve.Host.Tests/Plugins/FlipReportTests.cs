using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reserve.Channels;
using Reserve.Documents;
using Reserve.Matching;
using Reserve.Matching.Flips;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Xunit;

namespace Reserve.Host.Tests.Plugins;

/// <summary>The flip report on a crafted reserve whose every verdict under both versions is known in advance.</summary>
public sealed class FlipReportTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 1);

    private static ProjectRecord Project(string id, decimal total, int? size)
    {
        var project = new ProjectRecord { Id = id, Name = "项目" + id, Department = "发改委", Unit = "测试单位", Scale = "测试", TotalInvestment = total, Stage = ProjectStage.Preparation };
        if (size is { } s)
        {
            project.Facts["fixtureSize"] = FactValue.Of(s);
        }
        return project;
    }

    // The fixture allows 5000 万元 from 2025; the candidate lowers that to 1000.
    private static readonly ProjectRecord[] Reserve =
    [
        Project("P1", 800, 12),   // 符合 under both
        Project("P2", 1200, 12),  // 符合 → 不符合
        Project("P3", 3000, 12),  // 符合 → 不符合
        Project("P4", 6000, 12),  // 不符合 under both
        Project("P5", 2000, null), // 待补充信息 → 不符合
        Project("P6", 900, null),  // 待补充信息 under both
    ];

    [Fact]
    public void Counts_each_verdict_change_per_channel_and_names_the_rule_responsible()
    {
        using var copy = new PluginFolderCopy("fixture-plugins/GoodChannel");
        copy.Edit("parameters.json", text => text.Replace("\"2025-01-01\": 5000", "\"2025-01-01\": 1000"));
        copy.Edit("plugin.json", text => text.Replace("\"version\": \"1.2.3\"", "\"version\": \"1.3.0\""));
        var active = ChannelsModule.LoadFolder(Path.Combine(HostProcess.RepoRoot, "artifacts", "fixture-plugins", "GoodChannel")).Plugins[0];
        var candidate = ChannelsModule.LoadFolder(copy.Folder).Plugins[0];

        var builder = new FlipReportBuilder(active, candidate, AsOf);
        foreach (var project in Reserve)
        {
            builder.Add(project);
        }
        var report = builder.Build();

        Assert.Equal(("fixture-good", "1.2.3", "1.3.0", 6), (report.PluginId, report.ActiveVersion, report.CandidateVersion, report.Projects));
        Assert.Equal(
            [("fixture-good", "符合 → 不符合", 2), ("fixture-good", "待补充信息 → 不符合", 1)],
            report.Counts.Select(c => (c.ChannelId, c.Transition, c.Count)));
        // What the activation's audit entry keeps, read by a person: the channel's and the plugin's names, not their ids.
        Assert.Equal("测试渠道 符合 → 不符合 2；测试渠道 待补充信息 → 不符合 1", report.CountsInWords());
        Assert.Equal("测试渠道", report.PluginTitle);
        Assert.Equal(["P2", "P3", "P5"], report.Changes.Select(c => c.ProjectId));
        foreach (var change in report.Changes)
        {
            var rule = Assert.Single(change.Rules);
            Assert.Equal(("FX-TOTAL", RuleVerdict.Pass, RuleVerdict.Fail), (rule.RuleId, rule.From, rule.To));
        }
        Assert.Equal((MatchVerdict.NeedsInformation, MatchVerdict.Ineligible), (report.Changes[2].From, report.Changes[2].To));
    }

    [Fact]
    public void A_plugin_with_no_active_version_moves_every_project_from_no_verdict()
    {
        var candidate = ChannelsModule.LoadFolder(Path.Combine(HostProcess.RepoRoot, "artifacts", "fixture-plugins", "GoodChannel")).Plugins[0];

        var builder = new FlipReportBuilder(null, candidate, AsOf);
        foreach (var project in Reserve)
        {
            builder.Add(project);
        }
        var report = builder.Build();

        Assert.Null(report.ActiveVersion);
        Assert.Equal(
            [("无 → 符合", 3), ("无 → 不符合", 1), ("无 → 待补充信息", 2)],
            report.Counts.Select(c => (c.Transition, c.Count)));
    }

    [Fact]
    public void The_workbook_has_the_counts_and_the_changed_projects_with_their_rules()
    {
        var report = new FlipReport("fixture-good", "1.2.3", "1.3.0", AsOf, 6,
            [new VerdictFlipCount("fixture-good", "测试渠道", MatchVerdict.Eligible, MatchVerdict.Ineligible, 2)],
            [new ProjectFlip("P2", "项目P2", "fixture-good", MatchVerdict.Eligible, MatchVerdict.Ineligible, [new RuleFlip("FX-TOTAL", "总投资不超过上限", RuleVerdict.Pass, RuleVerdict.Fail)])])
        {
            PluginName = "测试插件",
        };
        using var stream = new MemoryStream();

        FlipReportWriter.Write(report, stream);

        stream.Position = 0;
        using var doc = SpreadsheetDocument.Open(stream, false);
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["结论变化", "变化项目"], sheets.Select(s => s.Name!.Value));
        string[] Cells(Sheet sheet, int row) => ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .ElementAt(row).Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray();
        // Channels and the plugin by their names: the workbook is read by whoever decides on the activation.
        Assert.StartsWith("插件 测试插件：1.2.3 → 1.3.0", Cells(sheets[0], 0)[0]);
        Assert.Equal(["渠道", "原结论", "新结论", "项目数"], Cells(sheets[0], 1));
        Assert.Equal(["测试渠道", "符合", "不符合", "2"], Cells(sheets[0], 2));
        Assert.Equal(["P2", "项目P2", "测试渠道", "符合", "不符合", "FX-TOTAL 总投资不超过上限：通过 → 不通过"], Cells(sheets[1], 2));
        Assert.DoesNotContain(Enumerable.Range(0, 3).SelectMany(r => Cells(sheets[0], r).Concat(Cells(sheets[1], r))), c => c.Contains("fixture-good", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_runs_a_candidate_over_the_stored_reserve_and_writes_the_workbook()
    {
        using var host = new HostProcess();
        Assert.Equal(0, host.Run("seed", "--count", "30").Exit);
        using var copy = new PluginFolderCopy("plugins/OldCommunities");

        var (exit, output, error) = host.Run("plugins", "flip", copy.Folder, "--as-of", "2025-09-10", "--out", host.PathOf("flip.xlsx"));

        Assert.True(exit == 0, output + error);
        Assert.Contains("翻转报告：插件 城镇老旧小区改造", output);
        Assert.Contains("储备库 30 个项目", output);
        Assert.Contains("没有任何项目的结论会改变", output);
        Assert.True(File.Exists(host.PathOf("flip.xlsx")));
    }
}
