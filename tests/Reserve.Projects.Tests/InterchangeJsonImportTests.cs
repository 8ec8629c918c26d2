using Reserve.Projects.Interchange;
using Reserve.Projects.Validation;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using static Reserve.Projects.Tests.InterchangeFixtures;

namespace Reserve.Projects.Tests;

public sealed class InterchangeJsonImportTests
{
    private const string ValidProject = """
        {
          "id": "R-1", "code": "2017-450114-48-01-900353", "name": "城东片区老旧小区改造项目",
          "department": "住建局", "unit": "某市城市建设投资有限公司", "unitCreditCode": "91350100M000100Y43",
          "projectType": "审批", "attribute": "政府投资", "field": "城镇老旧小区", "nature": "改建",
          "tags": ["新型城镇化", "城市更新"], "region": "350102", "scale": "改造小区12个",
          "landArea": 35.5, "plannedStart": "2026-03", "plannedEnd": "2027-12-31", "stage": "前期",
          "totalInvestment": 12000, "equity": "3000", "completedInvestment": 1500.5,
          "fundingSources": [
            { "source": "中央预算内投资", "planned": 960, "arrived": 480 },
            { "source": "地方政府专项债券", "planned": 3000 }
          ],
          "requests": [ { "channel": "old-communities", "amount": 960 } ],
          "preWork": [ { "item": "环评批复", "status": "容缺承诺", "expires": "2026-06-30" } ],
          "dishonest": false, "centralFundedBefore": "是", "negativeList": [],
          "facts": { "households": 1860, "residentConsent": 0.92, "renovationClass": "完善类", "inAnnualRenovationPlan": true }
        }
        """;

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused_whole_with_the_place_of_the_first_bad_byte()
    {
        // Found by the fuzzer: a name saved in GBK (城东 = B3 C7 B6 AB) threw when the value was read.
        var bytes = System.Text.Encoding.UTF8.GetBytes("[\n  { \"name\": \"XX\" }\n]").ToList();
        var at = bytes.IndexOf((byte)'X');
        bytes.RemoveRange(at, 2);
        bytes.InsertRange(at, new byte[] { 0xB3, 0xC7, 0xB6, 0xAB });

        var result = ProjectImport.ReadJson(new MemoryStream([.. bytes]), SampleFacts);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(0, problem.Row);
        Assert.Contains("不是 UTF-8 编码", problem.Message);
        Assert.Contains("第2行第14个字节", problem.Message);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_valid_array_is_read_field_by_field()
    {
        var result = ReadJson($"[{ValidProject}]");

        AssertNoProblems(result);
        var row = Assert.Single(result.ValidRows);
        Assert.Equal(1, row.Row);
        var p = row.Record;
        Assert.Equal("城东片区老旧小区改造项目", p.Name);
        Assert.Equal(ProjectType.Approval, p.ProjectType);
        Assert.Equal(ProjectField.OldResidentialCommunities, p.Field);
        Assert.Equal(["新型城镇化", "城市更新"], p.Tags);
        Assert.Equal(new DateOnly(2026, 3, 1), p.PlannedStart);
        Assert.Equal(new DateOnly(2027, 12, 31), p.PlannedEnd);
        Assert.Equal(12000m, p.TotalInvestment);
        Assert.Equal(3000m, p.Equity);
        Assert.Equal(1500.5m, p.CompletedInvestment);
        Assert.Equal(960m, p.PlannedFrom(FundingSourceKind.CentralBudget));
        Assert.Equal(480m, p.FundingSources[0].Arrived);
        Assert.Null(p.FundingSources[1].Arrived);
        Assert.Equal("old-communities", Assert.Single(p.Requests).Channel);
        Assert.Equal(PreWorkStatus.Committed, p.FindPreWork(PreWorkKind.EnvironmentalApproval)!.Status);
        Assert.False(p.Dishonest);
        Assert.True(p.CentralFundedBefore);
        Assert.NotNull(p.NegativeList);
        Assert.Empty(p.NegativeList);
        Assert.Equal(FactValue.Of(1860), p.Facts["households"]);
        Assert.Equal(FactValue.Of(0.92m), p.Facts["residentConsent"]);
        Assert.Equal(FactValue.Choice("完善类"), p.Facts["renovationClass"]);
        Assert.Equal(FactValue.Of(true), p.Facts["inAnnualRenovationPlan"]);
        Assert.Same(p, Assert.Single(result.Records));
    }

    [Fact]
    public void An_object_with_a_projects_array_is_accepted()
    {
        var result = ReadJson($$"""{ "projects": [{{ValidProject}}, {{ValidProject}}] }""");

        AssertNoProblems(result);
        Assert.Equal([1, 2], result.ValidRows.Select(r => r.Row));
    }

    [Fact]
    public void Absent_and_null_values_stay_unknown_never_zero_or_no()
    {
        var result = ReadJson("""
            [{ "name": "城西污水处理厂", "department": "水务局", "unit": "水务集团", "scale": "5万吨/日",
               "totalInvestment": 8000, "equity": null, "dishonest": null, "landArea": "" }]
            """);

        AssertNoProblems(result);
        var p = result.Records[0];
        Assert.Null(p.Equity);
        Assert.Null(p.Dishonest);
        Assert.Null(p.LandArea);
        Assert.Null(p.NegativeList);
        Assert.Null(p.InRollingPlan);
        Assert.Empty(p.Facts);
    }

    [Fact]
    public void Wrong_types_are_reported_on_their_own_field_and_the_rest_is_still_read()
    {
        var result = ReadJson("""
            [{ "name": "城西污水处理厂", "department": "水务局", "unit": "水务集团", "scale": "5万吨/日",
               "totalInvestment": "abc", "equity": -5, "plannedStart": "2026-13-01", "projectType": "审核",
               "dishonest": "也许", "tags": "防洪、排涝", "name2": 1, "address": { "street": "x" } }]
            """);

        Assert.Equal([1], result.RowsWithProblems);
        Assert.Empty(result.Records);
        AssertProblem(result, 1, "总投资(totalInvestment)", "“abc”不是数字");
        AssertProblem(result, 1, "项目资本金(equity)", "“-5”不能为负数");
        AssertProblem(result, 1, "计划开工时间(plannedStart)", "“2026-13-01”不是日期，应为 yyyy-MM-dd");
        AssertProblem(result, 1, "项目类型(projectType)", "“审核”不是允许的取值，应为：审批、核准、备案");
        AssertProblem(result, 1, "项目单位列入失信名单(dishonest)", "“也许”应为“是”或“否”");
        AssertProblem(result, 1, "name2", "无法识别的字段“name2”");
        AssertProblem(result, 1, "建设地点(address)", "应为文字");
        // The unreadable 总投资 is reported once, not again as "required".
        Assert.Single(result.Problems, p => p.Column == "总投资(totalInvestment)");

        var record = result.Rows[0].Record;
        Assert.Equal("城西污水处理厂", record.Name);
        Assert.Equal(["防洪", "排涝"], record.Tags);
    }

    [Fact]
    public void Every_problem_of_every_row_is_reported_and_valid_rows_keep_their_numbers()
    {
        var result = ReadJson($$"""
            [
              {{ValidProject}},
              { "name": "甲", "department": "", "unit": "水务集团", "scale": "x", "totalInvestment": 100, "region": "3501" },
              "not an object",
              {{ValidProject}}
            ]
            """);

        Assert.Equal([2, 3], result.RowsWithProblems);
        Assert.Equal([1, 4], result.ValidRows.Select(r => r.Row));
        Assert.Equal(2, result.Records.Count);
        AssertProblem(result, 2, "项目名称(name)", "“甲”共1个字，应为2–100个字");
        AssertProblem(result, 2, "主管部门(department)", "必填");
        AssertProblem(result, 2, "建设地点区划代码(region)", "“3501”不是6位数字的行政区划代码");
        AssertProblem(result, 3, "项目", "应为对象");
        Assert.Equal("第2个项目【主管部门(department)】必填，不能为空",
            result.Describe(result.Problems.Single(p => p.Row == 2 && p.Column == "主管部门(department)")));
    }

    [Fact]
    public void List_items_report_their_position_and_part()
    {
        var result = ReadJson("""
            [{ "name": "城西污水处理厂", "department": "水务局", "unit": "水务集团", "scale": "5万吨/日", "totalInvestment": 8000,
               "fundingSources": [ { "source": "中央投资", "planned": 100 }, { "source": "银行贷款" }, { "source": "企业自筹", "planned": 9000 } ],
               "preWork": [ { "item": "可研批复", "status": "已完成", "date": "2026/1/5" } ],
               "requests": [ { "channel": "special-bonds", "amount": "三千" } ] }]
            """);

        var funding = result.Problems.Where(p => p.Column == "资金来源(fundingSources)").Select(p => p.Message).ToList();
        Assert.Contains(funding, m => m.StartsWith("第1项来源(source)：“中央投资”不是允许的取值", StringComparison.Ordinal));
        Assert.Contains("第2项缺少计划金额(planned)", funding);
        AssertProblem(result, 1, "前期工作(preWork)", "第1项日期(date)：“2026/1/5”不是日期");
        AssertProblem(result, 1, "拟申请渠道(requests)", "第1项金额(amount)：“三千”不是数字");
        // Only the readable line is kept.
        Assert.Equal(FundingSourceKind.EnterpriseOwn, Assert.Single(result.Rows[0].Record.FundingSources).Source);
    }

    [Fact]
    public void Facts_are_typed_by_their_descriptor_and_unknown_keys_are_named()
    {
        var result = ReadJson("""
            [{ "name": "城西污水处理厂", "department": "水务局", "unit": "水务集团", "scale": "5万吨/日", "totalInvestment": 8000,
               "facts": { "households": "many", "builtYear": 1998.5, "renovationClass": "豪华类", "inAnnualRenovationPlan": "否",
                          "planApprovedOn": "2025-11-05", "colour": "red" } }]
            """);

        AssertProblem(result, 1, "户数(facts.households)", "“many”不是数字");
        AssertProblem(result, 1, "建成年份(facts.builtYear)", "“1998.5”不是整数");
        AssertProblem(result, 1, "改造类型(facts.renovationClass)", "“豪华类”不是允许的取值，应为：基础类、完善类、提升类");
        AssertProblem(result, 1, "渠道要素(facts.colour)", "“colour”不是任何渠道登记的要素");
        var facts = result.Rows[0].Record.Facts;
        Assert.Equal(FactValue.Of(false), facts["inAnnualRenovationPlan"]);
        Assert.Equal(FactValue.Of(new DateOnly(2025, 11, 5)), facts["planApprovedOn"]);
        Assert.Equal(4, result.Problems.Count);
    }

    [Theory]
    [InlineData("", "文件为空")]
    [InlineData("  \n ", "文件为空")]
    [InlineData("{ \"projects\": [ { \"name\": ", "文件不是有效的 JSON")]
    [InlineData("PK\u0003\u0004 not json", "文件不是有效的 JSON")]
    [InlineData("\"a string\"", "JSON 顶层应为项目数组")]
    [InlineData("{ \"items\": [] }", "JSON 顶层应为项目数组")]
    [InlineData("[]", "文件中没有项目")]
    public void A_malformed_file_gives_one_problem_on_row_0(string content, string message)
    {
        var result = ReadJson(content);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(new ImportProblem(0, ImportProblem.FileColumn, problem.Message), problem);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Invalid_json_names_the_line()
    {
        var result = ReadJson("[\n  { \"name\": \"甲\" },\n  { \"name\" \"乙\" }\n]");

        Assert.Contains("第3行", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_and_comments_are_tolerated()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes($"// 导出\n[{ValidProject},]")).ToArray();

        var result = ProjectImport.ReadJson(new MemoryStream(bytes), SampleFacts);

        AssertNoProblems(result);
        Assert.Single(result.Records);
    }

    [Theory]
    [InlineData("tags")]
    [InlineData("fundingSources")]
    [InlineData("requests")]
    [InlineData("preWork")]
    [InlineData("facts")]
    public void A_list_given_as_null_is_read_as_empty_not_as_a_crash(string key)
    {
        var json = $$"""{"name": "城东片区老旧小区改造项目", "department": "住建局", "unit": "某单位", "scale": "改造小区12个", "totalInvestment": 100, "{{key}}": null}""";

        // The API's body and a JSON file both reach the record through these options.
        var record = System.Text.Json.JsonSerializer.Deserialize<ProjectRecord>(json, ProjectJson.Options)!;
        Assert.Empty(ProjectValidator.Validate(record, 1, []));
        Assert.Empty(record.Tags);
        Assert.Empty(record.FundingSources);
        Assert.Empty(record.Requests);
        Assert.Empty(record.PreWork);
        Assert.Empty(record.Facts);
        Assert.Null(record.NegativeList);
        Assert.Equal(0m, ProjectSnapshot.Of(record).PlannedTotal);

        var result = ReadJson($"[{json}]");
        AssertNoProblems(result);
        Assert.Single(result.ValidRows);
    }
}
