using Reserve.Channels;
using Reserve.Documents;
using Reserve.Matching;
using Reserve.Rendering;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Xunit;

namespace Reserve.Plugins.Conformance;

/// <summary>
/// Every channel declares at least one document, and each document of each channel renders, through the
/// real plugin folders and shared templates, to the Markdown committed under documents/ (UPDATE_GOLDEN=1
/// rewrites them; review the diff). The match result is fixed here, not taken from the engine, so that a
/// change to a rule's wording does not change the documents' goldens.
/// </summary>
public sealed class ChannelDocumentTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 15);

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var channel in PluginConformanceTests.Catalog.Value.Channels.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            foreach (var template in channel.Definition.Templates)
            {
                data.Add(channel.Id, template.Id);
            }
        }
        return data;
    }

    [Fact]
    public void Every_channel_declares_a_document()
    {
        var without = PluginConformanceTests.Catalog.Value.Channels.Where(c => c.Definition.Templates.Count == 0).Select(c => c.Id).ToList();
        Assert.True(without.Count == 0, "没有文书模板的渠道：" + string.Join("、", without));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Draft_matches_its_golden_markdown(string channelId, string templateId)
    {
        var result = Render(channelId, templateId, DocumentMode.Draft, CompleteProject());
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Check(Path.Combine(SourceDir(), "documents", $"{channelId}.{templateId}.draft.md"), result.Markdown!);
    }

    /// <summary>The 11 channels whose documents were added with the 正式稿 in mind render final from a complete record.</summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void Final_renders_from_a_complete_record_and_refuses_an_incomplete_one(string channelId, string templateId)
    {
        var final = Render(channelId, templateId, DocumentMode.Final, CompleteProject());
        var incomplete = CompleteProject();
        incomplete.Code = null;
        incomplete.PlannedEnd = null;
        var refused = Render(channelId, templateId, DocumentMode.Final, incomplete);

        Assert.False(refused.Succeeded);
        Assert.True(refused.MissingFields.Contains("项目代码"), $"{channelId}/{templateId}：" + string.Join("\n", refused.Problems));
        if (!FinalFromCompleteRecord.Contains(channelId))
        {
            return;
        }
        Assert.True(final.Succeeded, $"{channelId}/{templateId}：" + string.Join("、", final.MissingFields) + string.Join("\n", final.Problems));
        Assert.DoesNotContain("【", final.Markdown);
        Assert.DoesNotContain("草稿", final.Markdown);
    }

    [Fact]
    public void Policy_finance_form_refuses_an_instrument_above_half_the_equity()
    {
        var project = CompleteProject();
        project.FundingSources.Single(s => s.Source == FundingSourceKind.PolicyFinancialInstrument).Planned = 6000m;

        var draft = Render("policy-finance", "application-form", DocumentMode.Draft, project);
        var final = Render("policy-finance", "application-form", DocumentMode.Final, project);

        Assert.Contains("超过50%的上限5,000万元", draft.Markdown);
        Assert.False(final.Succeeded);
        Assert.Contains("不超过项目资本金50%的申请工具金额", final.MissingFields);
    }

    [Fact]
    public void Provincial_documents_say_the_provincial_notice_is_missing_and_cite_the_national_documents()
    {
        foreach (var channel in PluginConformanceTests.Catalog.Value.Channels.Where(c => c.Definition.Parent == "甘肃省八个省级专项"))
        {
            foreach (var template in channel.Definition.Templates)
            {
                var markdown = Render(channel.Id, template.Id, DocumentMode.Draft, CompleteProject()).Markdown!;
                Assert.Contains("省级专项实施方案（文件名称、文号、申报条件、支持比例和申报材料）尚未取得", markdown);
                Assert.Matches(@"〔\d{4}〕\d+号", markdown);
            }
        }
    }

    private static readonly HashSet<string> FinalFromCompleteRecord =
    [
        "gs-rural-roads", "gs-gas", "gs-power-grid", "gs-water-network", "gs-cold-chain", "gs-old-communities",
        "gs-new-infrastructure", "gs-material-reserves", "ultra-long-bonds", "policy-finance", "anti-pandemic-bonds",
    ];

    private static RenderResult Render(string channelId, string templateId, DocumentMode mode, ProjectRecord project)
    {
        var channel = PluginConformanceTests.Catalog.Value.Find(channelId)!;
        var template = channel.Definition.Templates.Single(t => t.Id == templateId);
        var request = DocumentRequest.For(channel, template, Path.Combine(PluginConformanceTests.RepoRoot(), "templates", "shared"), project, Match(project, channel), mode, AsOf);
        return new DocumentRenderer(new FixedTime()).Render(request);
    }

    private static MatchResult Match(ProjectRecord project, ActiveChannel channel) => new(
        project.Id!, project.Name, channel.Id, channel.Definition.Name, channel.PluginId, "1.0.0", AsOf,
        MatchVerdict.NeedsInformation, 72m, null, null,
        [
            new RuleOutcome("T-SCOPE", "属于本渠道支持范围", RuleKind.HardCondition, RuleVerdict.Pass, "所属领域在支持范围内", "国办发〔2020〕23号", Confidence.Sourced, null, []),
            new RuleOutcome("T-PRACTICE", "已纳入年度计划", RuleKind.HardCondition, RuleVerdict.Pass, "已纳入", "通行做法", Confidence.CommonlyKnown, null, []),
            new RuleOutcome("T-PENDING", "环评批复已完成", RuleKind.HardCondition, RuleVerdict.Unknown, "环评批复尚未办结", "通行做法", Confidence.CommonlyKnown, null, []),
        ],
        [new MissingFact("builtYear", "建成年份")],
        [new MissingMaterial("T-M", "财政评审报告", "前期工作未列财政评审")],
        null);

    /// <summary>A record with every field the 11 added documents read, for every channel at once.</summary>
    private static ProjectRecord CompleteProject() => new()
    {
        Id = "2026-0042",
        Code = "2025-620200-48-01-000321",
        Name = "嘉峪关市城区供气管网更新改造项目",
        Department = "嘉峪关市住房和城乡建设局",
        Unit = "嘉峪关市城市建设投资有限公司",
        UnitCreditCode = "91620200MA71234567",
        Leader = "王五",
        Contact = "赵六 0937-6221234",
        ProjectType = ProjectType.Approval,
        Attribute = ProjectAttribute.Government,
        Field = ProjectField.MunicipalUtilities,
        Nature = ConstructionNature.Reconstruction,
        Tags = ["新型城镇化"],
        Region = "620200",
        Address = "嘉峪关市雄关区、镜铁区",
        Scale = "更新改造市政燃气管道32公里、庭院管道48公里，更换用户自闭阀1.2万个。",
        PlannedStart = new DateOnly(2020, 6, 1),
        PlannedEnd = new DateOnly(2027, 10, 31),
        Stage = ProjectStage.Continuing,
        ActualStart = new DateOnly(2020, 6, 18),
        TotalInvestment = 20000m,
        Equity = 10000m,
        CompletedInvestment = 6000m,
        AnnualPlan = 8000m,
        FundingSources =
        [
            new FundingSourceLine { Source = FundingSourceKind.CentralBudget, Planned = 3000m },
            new FundingSourceLine { Source = FundingSourceKind.UltraLongSpecialBonds, Planned = 3000m },
            new FundingSourceLine { Source = FundingSourceKind.AntiPandemicBonds, Planned = 1000m },
            new FundingSourceLine { Source = FundingSourceKind.SpecialBonds, Planned = 5000m, Arrived = 2000m },
            new FundingSourceLine { Source = FundingSourceKind.PolicyFinancialInstrument, Planned = 2000m },
            new FundingSourceLine { Source = FundingSourceKind.MunicipalFiscal, Planned = 6000m, Arrived = 4000m },
        ],
        Requests =
        [
            .. new[] { "gs-rural-roads", "gs-gas", "gs-power-grid", "gs-water-network", "gs-cold-chain", "gs-old-communities", "gs-new-infrastructure", "gs-material-reserves" }
                .Select(id => new ChannelRequest { Channel = id, Amount = 1500m }),
        ],
        RevenueSources = "管道燃气配气服务收入",
        ProjectRevenue = 9800m,
        DebtService = 7000m,
        PreWork =
        [
            new PreWorkItem { Item = PreWorkKind.FeasibilityApproval, Status = PreWorkStatus.Completed, DocNumber = "嘉发改审批〔2020〕31号", Date = new DateOnly(2020, 3, 20) },
            new PreWorkItem { Item = PreWorkKind.LandPreExamination, Status = PreWorkStatus.Completed, DocNumber = "用字第620200202000018号", Date = new DateOnly(2020, 2, 10) },
            new PreWorkItem { Item = PreWorkKind.EnvironmentalApproval, Status = PreWorkStatus.Completed, DocNumber = "嘉环审〔2020〕12号", Date = new DateOnly(2020, 3, 2) },
            new PreWorkItem { Item = PreWorkKind.EnergyReview, Status = PreWorkStatus.Committed, Expires = new DateOnly(2026, 6, 30) },
        ],
        Dishonest = false,
        CentralFundedBefore = false,
        NegativeList = [],
        InNationalLibrary = true,
        InRollingPlan = true,
        Facts = new(StringComparer.Ordinal)
        {
            ["inSpecialPlan"] = FactValue.Of(true),
            ["equityArrived"] = FactValue.Of(7000m),
            ["equityGapStatement"] = FactValue.Of(true),
            ["investorCommitment"] = FactValue.Of(true),
        },
    };

    private static void Check(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, actual);
            Assert.True(Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1", $"golden file {path} was missing and has been written; review and rerun");
        }
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    private static string SourceDir([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 3, 15, 8, 30, 0, TimeSpan.Zero);
    }
}
