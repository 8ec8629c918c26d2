using MiniExcelLibs;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Projects;
using static Reserve.Projects.Tests.InterchangeFixtures;

namespace Reserve.Projects.Tests;

public sealed class InterchangeRoundTripTests
{
    [Fact]
    public void Json_written_reads_back_unchanged()
    {
        var records = new[] { FullRecord(), MinimalRecord() };
        var file = new MemoryStream();

        ProjectExport.WriteJson(file, records);
        file.Position = 0;
        var result = ProjectImport.ReadJson(file, SampleFacts);

        AssertNoProblems(result);
        Assert.Equal(2, result.Records.Count);
        AssertSameRecord(records[0], result.Records[0]);
        AssertSameRecord(records[1], result.Records[1]);
    }

    [Fact]
    public void Xlsx_written_reads_back_unchanged()
    {
        var records = new[] { FullRecord(), MinimalRecord() };
        var file = new MemoryStream();

        ProjectExport.WriteXlsx(file, records, SampleFacts);
        file.Position = 0;
        var result = ProjectImport.ReadXlsx(file, SampleFacts);

        AssertNoProblems(result);
        Assert.Equal([2, 3], result.ValidRows.Select(r => r.Row));
        AssertSameRecord(records[0], result.Records[0]);
        AssertSameRecord(records[1], result.Records[1]);
    }

    [Fact]
    public void Xlsx_export_uses_the_chinese_headers_and_real_date_cells()
    {
        var file = new MemoryStream();

        ProjectExport.WriteXlsx(file, [FullRecord()], SampleFacts);
        file.Position = 0;
        var row = (IDictionary<string, object?>)file.Query(useHeaderRow: true).Single();

        Assert.Equal("城东片区老旧小区改造项目", row["项目名称"]);
        Assert.Equal(12000d, row["总投资"]);
        Assert.Equal(new DateTime(2026, 3, 1), row["计划开工时间"]);
        Assert.Equal(960d, row["资金来源-中央预算内投资"]);
        Assert.Equal(480d, row["资金来源-中央预算内投资-到位"]);
        Assert.Equal("容缺承诺", row["前期工作-环评批复"]);
        Assert.Equal("old-communities:960; special-bonds:3000", row["拟申请渠道"]);
        Assert.Equal("无", row["涉及负面清单内容"]);
        Assert.Equal("是", row["已获中央预算内投资支持"]);
        Assert.Equal(1860d, row["户数"]);
        Assert.Null(row["资金来源-银行贷款"]);
    }

    [Fact]
    public void Optional_detail_columns_are_written_only_when_used()
    {
        var file = new MemoryStream();

        ProjectExport.WriteXlsx(file, [MinimalRecord()], SampleFacts);
        file.Position = 0;
        var headers = file.GetColumns(useHeaderRow: true).Cast<string>().ToList();

        Assert.Contains("资金来源-中央预算内投资", headers);
        Assert.Contains("前期工作-可研批复", headers);
        Assert.Contains("改造类型", headers);
        Assert.DoesNotContain(headers, h => h.EndsWith("-到位", StringComparison.Ordinal) || h.EndsWith("-文号", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fact_label_that_repeats_a_column_header_is_told_apart_by_its_key()
    {
        var facts = new List<Reserve.Sdk.Facts.FactDescriptor>(SampleFacts) { new("area", "用地面积（亩）", Reserve.Sdk.Facts.FactType.Number) };
        var record = MinimalRecord();
        record.LandArea = 10m;
        record.Facts["area"] = Reserve.Sdk.Facts.FactValue.Of(12m);
        var file = new MemoryStream();

        ProjectExport.WriteXlsx(file, [record], facts);
        file.Position = 0;
        var result = ProjectImport.ReadXlsx(file, facts);

        AssertNoProblems(result);
        Assert.Equal(10m, result.Records[0].LandArea);
        Assert.Equal(Reserve.Sdk.Facts.FactValue.Of(12m), result.Records[0].Facts["area"]);
    }

    private static ProjectRecord MinimalRecord() => new()
    {
        Name = "城西污水处理厂提标改造",
        Department = "水务局",
        Unit = "某市水务集团",
        Scale = "处理规模5万吨/日",
        TotalInvestment = 8000m,
    };
}
