using Reserve.Matching;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Documents.Tests;

/// <summary>A fixed project, match result and test channel; templates live in this test project.</summary>
internal static class Fixture
{
    public static readonly DateOnly AsOf = new(2026, 3, 15);
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 8, 30, 0, TimeSpan.Zero);

    public static string TemplatesRoot => Path.Combine(AppContext.BaseDirectory, "templates");
    public static string PluginFolder => Path.Combine(TemplatesRoot, "plugin");
    public static string SharedFolder => Path.Combine(TemplatesRoot, "shared");

    public static TemplateSource Source => new("test-plugin", "1.2.0", PluginFolder, SharedFolder);

    public static ChannelDefinition Channel { get; } = new()
    {
        Id = "test.old-community",
        Name = "中央预算内投资·城镇老旧小区改造",
        Parent = "中央预算内投资",
        Level = ChannelLevel.National,
        Form = FundingForm.Subsidy,
        Summary = "支持城镇老旧小区改造配套基础设施建设。",
        Facts = [new FactDescriptor("builtYear", "建成年份", FactType.Integer)],
        Rules = [],
        Templates = [new TemplateDescriptor("application", "资金申请报告", "templates/application.sbn-md")],
    };

    public static ProjectRecord Project(bool complete = true) => new()
    {
        Id = "P-0001",
        Code = complete ? "2025-620200-47-01-000123" : null,
        Name = "嘉峪关市胜利路片区老旧小区改造项目",
        Department = "嘉峪关市住房和城乡建设局",
        Unit = "嘉峪关市城市建设投资有限公司",
        Leader = "张三",
        Contact = "李四 0937-1234567",
        Field = ProjectField.OldResidentialCommunities,
        IndustryCode = "4812",
        Nature = ConstructionNature.Reconstruction,
        Region = "620200",
        Address = "嘉峪关市雄关区胜利路",
        Scale = "改造小区12个、楼栋86栋、户数3,200户，更新供排水管网15公里。",
        PlannedStart = complete ? new DateOnly(2026, 5, 1) : null,
        PlannedEnd = new DateOnly(2027, 10, 31),
        Stage = ProjectStage.Preparation,
        TotalInvestment = 12345.67m,
        CompletedInvestment = 0m,
        AnnualPlan = 6000m,
        FundingSources =
        [
            new FundingSourceLine { Source = FundingSourceKind.CentralBudget, Planned = 5000m, Arrived = 0m },
            new FundingSourceLine { Source = FundingSourceKind.MunicipalFiscal, Planned = 3345.67m },
            new FundingSourceLine { Source = FundingSourceKind.SpecialBonds, Planned = 4000m, Arrived = 1000m },
        ],
        PreWork =
        [
            new PreWorkItem { Item = PreWorkKind.FeasibilityApproval, Status = PreWorkStatus.Completed, DocNumber = "嘉发改投资〔2025〕88号", Date = new DateOnly(2025, 11, 20) },
            new PreWorkItem { Item = PreWorkKind.EnvironmentalApproval, Status = PreWorkStatus.InProgress },
        ],
        InNationalLibrary = true,
        InRollingPlan = false,
        Facts = complete ? new() { ["builtYear"] = FactValue.Of(1998) } : [],
    };

    public static MatchResult Match(ProjectRecord project) => new(
        project.Id!, project.Name, Channel.Id, Channel.Name, "test-plugin", "1.2.0", AsOf,
        MatchVerdict.Eligible, 86.5m, 4000m, "按总投资的30%估算，上限4000万元",
        [
            new RuleOutcome("R1", "建成年份", RuleKind.HardCondition, RuleVerdict.Pass, "2000年底前建成", "国办发〔2020〕23号", Confidence.Sourced, null, []),
        ],
        [], [], null);

    public static DocumentRequest Request(string templateFile = "application", bool complete = true, DocumentMode mode = DocumentMode.Draft, ProjectRecord? project = null)
    {
        project ??= Project(complete);
        return new DocumentRequest(new TemplateDescriptor(templateFile, "资金申请报告", $"templates/{templateFile}.sbn-md"),
            Channel, Source, project, Match(project), mode, AsOf);
    }

    public static DocumentRenderer Renderer() => new(new FixedTime(Now));

    public static TimeProvider Clock { get; } = new FixedTime(Now);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
