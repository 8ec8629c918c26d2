using Reserve.Sdk.Formatting;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;
using Xunit;

namespace Reserve.Sdk.Tests;

public sealed class ParameterTableTests
{
    private const string Json = """
        {
          "parameters": {
            "ratio": { "label": "比例", "unit": "比例",
              "source": { "citation": "某文件", "url": "http://example.invalid", "confidence": "sourced" },
              "values": { "2024-01-01": 0.3, "2020-01-01": 0.25, "2027-01-01": null } },
            "fields": { "label": "领域", "values": { "2020-01-01": ["交通", "水利"] } },
            "open": { "label": "开放", "values": { "2020-01-01": true } }
          }
        }
        """;

    [Fact]
    public void Values_hold_from_their_date_until_the_next_and_end_at_null()
    {
        var ratio = ParameterTable.Parse(Json).Decimal("ratio");
        Assert.False(ratio.TryAt(new DateOnly(2019, 12, 31), out _));
        Assert.Equal(0.25m, ratio.At(new DateOnly(2020, 9, 10)));
        Assert.Equal(0.25m, ratio.At(new DateOnly(2023, 12, 31)));
        Assert.Equal(0.3m, ratio.At(new DateOnly(2024, 1, 1)));
        var ex = Assert.Throws<ParameterNotInForceException>(() => ratio.At(new DateOnly(2027, 1, 1)));
        Assert.Contains("参数“比例”", ex.Message);
        Assert.Equal(Confidence.Sourced, ratio.Info.Source!.Confidence);
    }

    [Fact]
    public void Lists_and_flags_are_read()
    {
        var table = ParameterTable.Parse(Json);
        Assert.Equal(["交通", "水利"], table.List("fields").At(new DateOnly(2025, 1, 1)));
        Assert.True(table.Flag("open").At(new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData("""{ }""", "缺少 \"parameters\"")]
    [InlineData("""{ "parameters": { "x": { "values": { "2020-01-01": 1 } } } }""", "缺少中文名称")]
    [InlineData("""{ "parameters": { "x": { "label": "甲", "values": { "2020/01/01": 1 } } } }""", "不是 yyyy-MM-dd")]
    [InlineData("""{ "parameters": { "x": { "label": "甲", "source": { "citation": "c", "confidence": "maybe" }, "values": { "2020-01-01": 1 } } } }""", "可信度")]
    public void Malformed_files_are_refused_in_chinese(string json, string expected) =>
        Assert.Contains(expected, Assert.Throws<FormatException>(() => ParameterTable.Parse(json)).Message);

    [Fact]
    public void A_value_of_the_wrong_type_is_refused_when_bound()
    {
        var table = ParameterTable.Parse(Json);
        Assert.Contains("取值类型", Assert.Throws<FormatException>(() => table.Decimal("fields")).Message);
        Assert.Throws<KeyNotFoundException>(() => table.Decimal("nope"));
    }

    [Fact]
    public void Chinese_formats()
    {
        Assert.Equal("12,345.67万元", ZhFormat.Wan(12345.67m));
        Assert.Equal("5,000万元", ZhFormat.Wan(5000m));
        Assert.Equal("15.5%", ZhFormat.Percent(0.155m));
        Assert.Equal("1.1倍", ZhFormat.Times(1.10m));
        Assert.Equal("2026年10月15日", ZhFormat.Date(new DateOnly(2026, 10, 15)));
    }

    [Theory]
    [InlineData("2017-450114-48-01-900353", true)]
    [InlineData("2025-620200-48-01-00012X", true)]
    [InlineData("2025-020200-48-01-000123", false)]
    [InlineData("2025-620200-48-01-0001234", false)]
    [InlineData("2025620200-48-01-000123", false)]
    [InlineData("", false)]
    public void Project_code_shape(string code, bool ok) => Assert.Equal(ok, ProjectCodeFormat.IsWellFormed(code));

    [Fact]
    public void Chinese_enum_words_round_trip()
    {
        Assert.Equal("政府和社会资本合作", ZhNames<ProjectAttribute>.Of(ProjectAttribute.PublicPrivatePartnership));
        Assert.True(ZhNames<PreWorkStatus>.TryParse(" 容缺承诺 ", out var status));
        Assert.Equal(PreWorkStatus.Committed, status);
        Assert.False(ZhNames<ProjectType>.TryParse("审核", out _));
    }
}
