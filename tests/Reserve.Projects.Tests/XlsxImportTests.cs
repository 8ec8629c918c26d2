using Reserve.Projects.Interchange;
using Reserve.Projects.Validation;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using static Reserve.Projects.Tests.InterchangeFixtures;

namespace Reserve.Projects.Tests;

/// <summary>Rows are numbered as Excel shows them: headers on row 1, the first project on row 2.</summary>
public sealed class XlsxImportTests
{
    [Fact]
    public void A_valid_sheet_is_read_with_date_cells_numeric_text_and_composite_columns()
    {
        string[] headers =
        [
            "储备编号", "项目代码", "项目名称", "主管部门", "项目单位", "统一社会信用代码", "项目类型", "所属领域", "标签",
            "建设地点区划代码", "建设规模及内容", "用地面积(亩)", "计划开工时间", "计划建成时间", "项目阶段",
            "总投资", "项目资本金", "资金来源-中央预算内投资", "资金来源-中央预算内投资-到位", "资金来源-地方政府专项债券",
            "拟申请渠道", "前期工作-可研批复", "前期工作-可研批复-文号", "前期工作-环评批复", "前期工作-环评批复-有效期",
            "项目单位列入失信名单", "涉及负面清单内容", "户数", "改造类型", "是否纳入年度改造计划", "改造方案批复日期",
        ];
        var file = Xlsx(headers,
        [
            "R-7", ValidProjectCode, "城东片区老旧小区改造项目", "住建局", "某市城投公司", ValidCreditCode, "审批", "城镇老旧小区", "新型城镇化; 城市更新",
            350102, "改造小区12个", "35.5", new DateTime(2026, 3, 1), "2027-12", "前期",
            12000, "3,000", 960, 480.5, 3000,
            "old-communities:960； special-bonds：3000", "已完成", "榕发改审批〔2026〕12号", "容缺承诺", new DateTime(2026, 6, 30),
            "否", "无", 1860, "完善类", "是", "2025-11-05",
        ]);

        var result = ReadXlsx(file);

        AssertNoProblems(result);
        var row = Assert.Single(result.ValidRows);
        Assert.Equal(2, row.Row);
        var p = row.Record;
        Assert.Equal("R-7", p.Id);
        Assert.Equal(ValidProjectCode, p.Code);
        Assert.Equal(ValidCreditCode, p.UnitCreditCode);
        Assert.Equal(ProjectType.Approval, p.ProjectType);
        Assert.Equal(["新型城镇化", "城市更新"], p.Tags);
        Assert.Equal("350102", p.Region);
        Assert.Equal(35.5m, p.LandArea);
        Assert.Equal(new DateOnly(2026, 3, 1), p.PlannedStart);
        Assert.Equal(new DateOnly(2027, 12, 1), p.PlannedEnd);
        Assert.Equal(ProjectStage.Preparation, p.Stage);
        Assert.Equal(12000m, p.TotalInvestment);
        Assert.Equal(3000m, p.Equity);
        Assert.Equal(960m, p.PlannedFrom(FundingSourceKind.CentralBudget));
        Assert.Equal(480.5m, p.FundingSources.Single(l => l.Source == FundingSourceKind.CentralBudget).Arrived);
        Assert.Equal(3000m, p.PlannedFrom(FundingSourceKind.SpecialBonds));
        Assert.Equal([("old-communities", 960m), ("special-bonds", 3000m)], p.Requests.Select(r => (r.Channel, r.Amount)));
        var feasibility = p.FindPreWork(PreWorkKind.FeasibilityApproval)!;
        Assert.Equal(PreWorkStatus.Completed, feasibility.Status);
        Assert.Equal("榕发改审批〔2026〕12号", feasibility.DocNumber);
        Assert.Equal(new DateOnly(2026, 6, 30), p.FindPreWork(PreWorkKind.EnvironmentalApproval)!.Expires);
        Assert.False(p.Dishonest);
        Assert.NotNull(p.NegativeList);
        Assert.Empty(p.NegativeList);
        Assert.Equal(FactValue.Of(1860), p.Facts["households"]);
        Assert.Equal(FactValue.Choice("完善类"), p.Facts["renovationClass"]);
        Assert.Equal(FactValue.Of(true), p.Facts["inAnnualRenovationPlan"]);
        Assert.Equal(FactValue.Of(new DateOnly(2025, 11, 5)), p.Facts["planApprovedOn"]);
    }

    [Fact]
    public void An_empty_cell_is_not_given_never_zero_or_no()
    {
        var result = ReadXlsx(MinimalXlsxWith(["项目资本金", "项目单位列入失信名单", "涉及负面清单内容", "资金来源-银行贷款", "前期工作-可研批复", "户数"],
            [null, null, " ", null, null, null]));

        AssertNoProblems(result);
        var p = result.Records[0];
        Assert.Null(p.Equity);
        Assert.Null(p.Dishonest);
        Assert.Null(p.NegativeList);
        Assert.Empty(p.FundingSources);
        Assert.Empty(p.PreWork);
        Assert.Empty(p.Facts);
    }

    public static TheoryData<string, object, string> BadCells => new()
    {
        { "总投资", "abc", "“abc”不是数字" },
        { "总投资", -5, "“-5”应大于0" },
        { "总投资", 1e30, "“1E+30”不是数字" },
        { "项目资本金", -5, "“-5”不能为负数" },
        { "项目资本金", 9000, "项目资本金 9,000万元 超过总投资 8,000万元" },
        { "累计完成投资", 8000.5, "累计完成投资 8,000.5万元 超过总投资 8,000万元" },
        { "计划开工时间", "2026-13-01", "“2026-13-01”不是日期，应为 yyyy-MM-dd" },
        { "计划开工时间", 46082, "“46082”不是日期" },
        { "项目类型", "审核", "“审核”不是允许的取值，应为：审批、核准、备案" },
        { "项目阶段", "在建", "“在建”不是允许的取值，应为：谋划、前期、新开工、续建、竣工" },
        { "统一社会信用代码", "91350100M000100Y44", "统一社会信用代码“91350100M000100Y44”校验位错误，按前17位应为“3”" },
        { "统一社会信用代码", "91350100M00010", "共14位，应为18位" },
        { "统一社会信用代码", 913501001234567000d, "请把该列设为文本格式" },
        { "项目代码", "2017-45011-48-01-900353", "不符合项目代码格式" },
        { "建设地点区划代码", "35010A", "“35010A”不是6位数字的行政区划代码" },
        { "项目单位列入失信名单", "也许", "“也许”应为“是”或“否”" },
        { "涉及负面清单内容", "楼堂馆所、别墅", "“别墅”不是允许的取值" },
        { "标签", true, "应为文字" },
        { "资金来源-银行贷款", "-1", "银行贷款计划金额“-1”不能为负数" },
        { "资金来源-银行贷款-到位", 100, "填写了“资金来源-银行贷款-到位”，但“资金来源-银行贷款”为空" },
        { "前期工作-可研批复", "已批复", "“已批复”不是允许的取值，应为：未启动、办理中、已完成、容缺承诺" },
        { "前期工作-可研批复-文号", "发改〔2026〕1号", "填写了“前期工作-可研批复-文号”，但“前期工作-可研批复”为空" },
        { "拟申请渠道", "old-communities 960", "第1项“old-communities 960”未写金额" },
        { "拟申请渠道", "old-communities:-960", "金额“-960”不能为负数" },
        { "户数", "约两千", "“约两千”不是数字" },
        { "建成年份", 1998.5, "“1998.5”不是整数" },
        { "改造类型", "豪华类", "“豪华类”不是允许的取值，应为：基础类、完善类、提升类" },
        { "是否纳入年度改造计划", "未定", "“未定”应为“是”或“否”" },
        { "改造方案批复日期", "去年", "“去年”不是日期" },
    };

    [Theory]
    [MemberData(nameof(BadCells))]
    public void A_bad_cell_gives_a_problem_on_its_row_and_column_quoting_the_value(string header, object value, string message)
    {
        var result = ReadXlsx(MinimalXlsxWith([header], [value]));

        AssertProblem(result, 2, header, message);
        Assert.Equal([2], result.RowsWithProblems);
        Assert.Empty(result.Records);
    }

    [Fact]
    public void Problems_of_the_funding_total_and_the_schedule_are_named_in_the_message()
    {
        var result = ReadXlsx(MinimalXlsxWith(["计划开工时间", "计划建成时间", "资金来源-中央预算内投资", "资金来源-企业自筹"],
            ["2026-03-01", "2025-01-01", 5000, 4000]));

        AssertProblem(result, 2, "计划建成时间", "计划建成时间 2025-01-01 早于计划开工时间 2026-03-01");
        AssertProblem(result, 2, "资金来源", "资金来源计划合计 9,000万元 超过总投资 8,000万元");
    }

    [Fact]
    public void A_committed_pre_work_item_needs_its_due_date()
    {
        var result = ReadXlsx(MinimalXlsxWith(["前期工作-用地预审与选址意见书", "前期工作-环评批复", "前期工作-环评批复-有效期"],
            ["容缺承诺", "容缺承诺", "2026-06-30"]));

        AssertProblem(result, 2, "前期工作-用地预审与选址意见书-有效期", "前期工作“用地预审与选址意见书”为容缺承诺，应填写承诺完成期限");
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Text_limits_on_name_and_scale()
    {
        var result = ReadXlsx(Xlsx(MinimalHeaders,
            ["甲", "水务局", "水务集团", "5万吨/日", 100],
            [new string('长', 101), "水务局", "水务集团", new string('字', 2001), 100]));

        AssertProblem(result, 2, "项目名称", "“甲”共1个字，应为2–100个字");
        AssertProblem(result, 3, "项目名称", "共101个字，应为2–100个字");
        AssertProblem(result, 3, "建设规模及内容", "共2001个字，超过2000个字");
    }

    [Fact]
    public void A_design_budget_above_the_estimate_is_left_to_the_matching_rules()
    {
        var result = ReadXlsx(MinimalXlsxWith(["可研估算", "初设概算"], [1000, 1500]));

        AssertNoProblems(result);
        Assert.Equal(1500m, result.Records[0].DesignBudget);
    }

    [Fact]
    public void Every_problem_of_every_row_is_reported_and_valid_rows_keep_their_numbers()
    {
        string[] headers = [.. MinimalHeaders, "项目资本金", "计划开工时间", "项目类型"];
        var file = Xlsx(headers,
            [.. MinimalRow("第一个好项目"), 100, "2026-03-01", "审批"],
            ["坏项目", null, "水务集团", "x", -1, -2, "2026-13-01", "审核"],
            [null, null, null, null, null, null, null, null],
            [.. MinimalRow("第二个好项目"), null, null, null],
            ["也坏", "水务局", "水务集团", "x", "一千", null, null, null]);

        var result = ReadXlsx(file);

        Assert.Equal([2, 5], result.ValidRows.Select(r => r.Row));
        Assert.Equal(["第一个好项目", "第二个好项目"], result.Records.Select(r => r.Name));
        Assert.Equal([3, 6], result.RowsWithProblems);
        AssertProblem(result, 3, "主管部门", "必填，不能为空");
        AssertProblem(result, 3, "总投资", "“-1”应大于0");
        AssertProblem(result, 3, "项目资本金", "“-2”不能为负数");
        AssertProblem(result, 3, "计划开工时间", "“2026-13-01”不是日期");
        AssertProblem(result, 3, "项目类型", "“审核”不是允许的取值");
        AssertProblem(result, 6, "总投资", "“一千”不是数字");
        Assert.Equal(6, result.Problems.Count);
        Assert.Equal("第3行【项目资本金】“-2”不能为负数", result.Describe(result.Problems.Single(p => p.Row == 3 && p.Column == "项目资本金")));
    }

    [Fact]
    public void Unknown_repeated_and_unlabelled_columns_are_reported_on_the_header_row()
    {
        var file = Xlsx([.. MinimalHeaders, "备注", "资金来源-中央投资", "项目资本金"], [.. MinimalRow(), "随便写写", 100, 50]);
        var result = ReadXlsx(file);

        AssertProblem(result, 1, "备注", "无法识别的列“备注”，该列未导入");
        AssertProblem(result, 1, "资金来源-中央投资", "资金来源列应为", "中央预算内投资");
        // The row itself is fine: an unknown column does not make its rows invalid.
        Assert.Equal([2], result.ValidRows.Select(r => r.Row));
        Assert.Equal(50m, result.Records[0].Equity);
    }

    [Fact]
    public void A_repeated_header_and_data_without_a_header_are_reported_and_the_first_column_is_read()
    {
        // "总投资 " differs from "总投资" only by a space, which header matching ignores.
        var file = Xlsx([.. MinimalHeaders, "总投资 ", ""], [.. MinimalRow(), 99, "孤儿数据"]);

        var result = ReadXlsx(file);

        AssertProblem(result, 1, "总投资", "列“总投资”重复出现（第E列和第F列），只读取了第E列");
        AssertProblem(result, 1, "第G列", "第G列没有表头，但有数据，该列未导入");
        Assert.Equal(8000m, Assert.Single(result.Rows).Record.TotalInvestment);
    }

    [Fact]
    public void Missing_required_columns_are_each_reported()
    {
        var result = ReadXlsx(Xlsx(["项目名称", "主管部门", "项目资本金"], ["城西污水处理厂", "水务局", 10]));

        AssertProblem(result, 1, "项目单位", "缺少必填列“项目单位”");
        AssertProblem(result, 1, "建设规模及内容", "缺少必填列“建设规模及内容”");
        AssertProblem(result, 1, "总投资", "缺少必填列“总投资”");
        Assert.Equal(3, result.FileProblems.Count);
        AssertProblem(result, 2, "总投资", "必填");
        Assert.Empty(result.Records);
    }

    [Fact]
    public void Blank_rows_are_skipped_and_later_rows_keep_their_excel_numbers()
    {
        var result = ReadXlsx(Xlsx(MinimalHeaders,
            MinimalRow(),
            [null, null, null, null, null],
            [null, null, null, null, null],
            ["乙", "水务局", "水务集团", "x", 100]));

        Assert.Equal(2, result.Rows.Count);
        Assert.Equal([5], result.RowsWithProblems);
        AssertProblem(result, 5, "项目名称", "“乙”共1个字");
    }

    [Theory]
    [InlineData(new byte[0], "文件为空")]
    [InlineData(new byte[] { 0x6E, 0x6F, 0x74, 0x20, 0x78, 0x6C, 0x73, 0x78 }, "无法读取文件：不是有效的 XLSX 工作簿")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x67, 0x61, 0x72, 0x62, 0x61, 0x67, 0x65 }, "无法读取文件：不是有效的 XLSX 工作簿")]
    [InlineData(new byte[] { 0x5B, 0x7B, 0x7D, 0x5D }, "无法读取文件：不是有效的 XLSX 工作簿")]
    public void A_malformed_file_gives_one_problem_on_row_0(byte[] content, string message)
    {
        var result = ReadXlsx(new MemoryStream(content));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(0, problem.Row);
        Assert.Equal(ImportProblem.FileColumn, problem.Column);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_truncated_workbook_gives_a_problem_not_an_exception()
    {
        var whole = MinimalXlsxWith(["项目资本金"], [100]).ToArray();

        var result = ReadXlsx(new MemoryStream(whole[..(whole.Length / 2)]));

        Assert.Equal(0, Assert.Single(result.Problems).Row);
    }

    [Fact]
    public void A_sheet_with_headers_only_says_there_are_no_projects()
    {
        var empty = new MemoryStream();
        ProjectExport.WriteXlsx(empty, [], SampleFacts);
        empty.Position = 0;

        var result = ReadXlsx(empty);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((0, "文件中没有项目数据（项目应从第2行起填写）"), (problem.Row, problem.Message));
    }

    [Fact]
    public void A_non_seekable_stream_is_read()
    {
        var bytes = MinimalXlsxWith(["项目资本金"], [100]).ToArray();

        var result = ReadXlsx(new ForwardOnlyStream(bytes));

        AssertNoProblems(result);
        Assert.Equal(100m, result.Records[0].Equity);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
