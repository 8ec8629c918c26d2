using MiniExcelLibs;
using Reserve.Projects.Interchange;
using Reserve.Projects.Validation;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Tests;

/// <summary>Shared data for the interchange tests: channel facts, a complete record, and XLSX files built in memory.</summary>
internal static class InterchangeFixtures
{
    /// <summary>A well-formed 统一社会信用代码 (check character 3).</summary>
    public const string ValidCreditCode = "91350100M000100Y43";

    public const string ValidProjectCode = "2017-450114-48-01-900353";

    public static readonly IReadOnlyList<FactDescriptor> SampleFacts =
    [
        new("builtYear", "建成年份", FactType.Integer),
        new("households", "户数", FactType.Integer, Unit: "户"),
        new("residentConsent", "居民同意改造比例", FactType.Number),
        new("inAnnualRenovationPlan", "是否纳入年度改造计划", FactType.Boolean),
        new("renovationClass", "改造类型", FactType.Choice, Options: ["基础类", "完善类", "提升类"]),
        new("planApprovedOn", "改造方案批复日期", FactType.Date),
        new("applicantKind", "申报主体类型", FactType.Text),
    ];

    /// <summary>A record that fills every field, lists in the order the worksheet writes them.</summary>
    public static ProjectRecord FullRecord() => new()
    {
        Id = "R-2026-0001",
        Code = ValidProjectCode,
        Name = "城东片区老旧小区改造项目",
        Department = "住建局",
        Unit = "某市城市建设投资有限公司",
        UnitCreditCode = ValidCreditCode,
        Leader = "王副市长",
        Contact = "李工 0591-87654321",
        ProjectType = ProjectType.Approval,
        Attribute = ProjectAttribute.Government,
        Field = ProjectField.OldResidentialCommunities,
        IndustryCode = "4812",
        Nature = ConstructionNature.Reconstruction,
        Tags = ["新型城镇化", "城市更新"],
        Region = "350102",
        Address = "城东街道",
        Scale = "改造小区12个，涉及居民1860户，改造建筑面积15.6万平方米",
        LandArea = 35.5m,
        PlannedStart = new DateOnly(2026, 3, 1),
        PlannedEnd = new DateOnly(2027, 12, 31),
        Stage = ProjectStage.Preparation,
        ActualStart = new DateOnly(2026, 4, 15),
        TotalInvestment = 12000m,
        Equity = 3000m,
        FeasibilityEstimate = 11800m,
        DesignBudget = 12000m,
        CompletedInvestment = 1500.5m,
        AnnualPlan = 6000m,
        FundingSources =
        [
            new FundingSourceLine { Source = FundingSourceKind.CentralBudget, Planned = 960m, Arrived = 480m },
            new FundingSourceLine { Source = FundingSourceKind.SpecialBonds, Planned = 3000m },
            new FundingSourceLine { Source = FundingSourceKind.ResidentContribution, Planned = 240m },
        ],
        Requests =
        [
            new ChannelRequest { Channel = "old-communities", Amount = 960m },
            new ChannelRequest { Channel = "special-bonds", Amount = 3000m },
        ],
        RevenueSources = "停车收费",
        ProjectRevenue = 5200m,
        DebtService = 4000m,
        CoverageRatio = 1.3m,
        PreWork =
        [
            new PreWorkItem { Item = PreWorkKind.FeasibilityApproval, Status = PreWorkStatus.Completed, DocNumber = "榕发改审批〔2026〕12号", Date = new DateOnly(2026, 1, 20) },
            new PreWorkItem { Item = PreWorkKind.EnvironmentalApproval, Status = PreWorkStatus.Committed, Expires = new DateOnly(2026, 6, 30) },
            new PreWorkItem { Item = PreWorkKind.ResidentConsultation, Status = PreWorkStatus.InProgress },
        ],
        Dishonest = false,
        CentralFundedBefore = true,
        NegativeList = [],
        InNationalLibrary = true,
        InRollingPlan = false,
        Facts = new Dictionary<string, FactValue>(StringComparer.Ordinal)
        {
            ["builtYear"] = FactValue.Of(1998),
            ["households"] = FactValue.Of(1860),
            ["residentConsent"] = FactValue.Of(0.92m),
            ["inAnnualRenovationPlan"] = FactValue.Of(true),
            ["renovationClass"] = FactValue.Choice("完善类"),
            ["planApprovedOn"] = FactValue.Of(new DateOnly(2025, 11, 5)),
            ["applicantKind"] = FactValue.Of("国有企业"),
        },
    };

    /// <summary>The columns a minimal valid worksheet row needs.</summary>
    public static readonly string[] MinimalHeaders = ["项目名称", "主管部门", "项目单位", "建设规模及内容", "总投资"];

    public static object?[] MinimalRow(string name = "城西污水处理厂提标改造") =>
        [name, "水务局", "某市水务集团", "新建处理规模5万吨/日", 8000];

    /// <summary>
    /// An XLSX file with the given headers on row 1 and one row per array from row 2, written by MiniExcel
    /// from dictionaries as a user's spreadsheet program would. A null cell stays empty.
    /// </summary>
    public static MemoryStream Xlsx(IReadOnlyList<string> headers, params object?[][] rows)
    {
        var sheet = rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                cells[headers[i]] = i < row.Length ? row[i] : null;
            }
            return cells;
        }).ToList();
        var stream = new MemoryStream();
        stream.SaveAs(sheet);
        stream.Position = 0;
        return stream;
    }

    /// <summary>The minimal headers plus more, with the minimal row values followed by the extra cells.</summary>
    public static MemoryStream MinimalXlsxWith(IReadOnlyList<string> extraHeaders, params object?[][] extraCells) =>
        Xlsx([.. MinimalHeaders, .. extraHeaders], [.. extraCells.Select((cells, i) => (object?[])[.. MinimalRow($"测试项目{i + 1}"), .. cells])]);

    public static MemoryStream Utf8(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    public static ImportResult ReadJson(string json) => ProjectImport.ReadJson(Utf8(json), SampleFacts);

    public static ImportResult ReadXlsx(Stream stream) => ProjectImport.ReadXlsx(stream, SampleFacts);

    /// <summary>Asserts that exactly one problem sits at this row and column, and that its message contains each fragment.</summary>
    public static ImportProblem AssertProblem(ImportResult result, int row, string column, params string[] fragments)
    {
        var matches = result.Problems.Where(p => p.Row == row && p.Column == column).ToList();
        Assert.True(matches.Count == 1,
            $"expected one problem at row {row}, column {column}; problems were:\n{string.Join("\n", result.Problems)}");
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, matches[0].Message, StringComparison.Ordinal);
        }
        return matches[0];
    }

    public static void AssertNoProblems(ImportResult result) =>
        Assert.True(!result.HasProblems, "unexpected problems:\n" + string.Join("\n", result.Problems));

    /// <summary>Records compared by their trusted JSON form, which covers every stored field.</summary>
    public static void AssertSameRecord(ProjectRecord expected, ProjectRecord actual) =>
        Assert.Equal(ProjectJson.Serialize(expected, indented: true), ProjectJson.Serialize(actual, indented: true));
}
