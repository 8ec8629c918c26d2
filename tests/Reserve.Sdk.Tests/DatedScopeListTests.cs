using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Xunit;

namespace Reserve.Sdk.Tests;

public sealed class DatedScopeListTests
{
    private static ParameterTable Table(string values) => ParameterTable.Parse(
        $$"""{ "parameters": { "scope": { "label": "范围", "values": { {{values}} } } } }""");

    [Fact]
    public void An_area_matches_by_field_or_by_word_and_says_which()
    {
        var list = new DatedScopeList(Table("""
            "2024-01-01": ["城市地下管网||燃气管网、供水管网", "生态|生态环保|"]
            """), "scope");
        var date = new DateOnly(2025, 1, 1);

        var pipes = list.Find(new ProjectRecord { Name = "老城区燃气管网改造", Scale = "" }, date)!;
        Assert.Equal("城市地下管网", pipes.Name);
        Assert.Equal("名称或建设内容含“燃气管网”", pipes.Reason(new ProjectRecord { Name = "老城区燃气管网改造", Scale = "" }));
        Assert.Equal("生态", list.Find(new ProjectRecord { Name = "湿地修复", Scale = "", Field = ProjectField.Ecology }, date)!.Name);
        Assert.Null(list.Find(new ProjectRecord { Name = "文化广场", Scale = "" }, date));
        Assert.Throws<ParameterNotInForceException>(() => list.At(new DateOnly(2023, 1, 1)));
    }

    [Theory]
    [InlineData("\"2024-01-01\": [\"甲|城镇\"]", "应为“名称|所属领域、…|关键词、…”")]
    [InlineData("\"2024-01-01\": [\"甲|城镇小区|\"]", "“城镇小区”不是所属领域")]
    [InlineData("\"2024-01-01\": [\"甲||\"]", "既没有所属领域也没有关键词")]
    public void A_malformed_area_fails_the_load_naming_key_date_and_text(string values, string expected) =>
        Assert.Contains(expected, Assert.Throws<FormatException>(() => new DatedScopeList(Table(values), "scope")).Message);
}
