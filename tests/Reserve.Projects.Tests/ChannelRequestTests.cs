using Reserve.Projects.Forms;
using Reserve.Projects.Interchange;
using Reserve.Projects.Validation;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Xunit;
using static Reserve.Projects.Tests.InterchangeFixtures;

namespace Reserve.Projects.Tests;

/// <summary>
/// 拟申请渠道 name channels in Chinese wherever people write or read them (the form, a file), are stored by id, and a
/// name that is none of the channels is refused with its row and column rather than carried into the 汇总表.
/// </summary>
public sealed class ChannelRequestTests
{
    private static readonly IReadOnlyList<KnownChannel> Channels =
    [
        new("special-bonds", "地方政府专项债券"),
        new("old-communities", "中央预算内投资·城镇老旧小区改造"),
    ];

    [Fact]
    public void A_worksheet_names_channels_in_Chinese_or_by_the_old_ids_and_the_record_stores_the_ids()
    {
        var result = ProjectImport.ReadXlsx(MinimalXlsxWith(["拟申请渠道"], ["地方政府专项债券:3000；old-communities：960"]), SampleFacts, Channels);

        AssertNoProblems(result);
        var record = Assert.Single(result.Records);
        Assert.Equal([("special-bonds", 3000m), ("old-communities", 960m)], record.Requests.Select(r => (r.Channel, r.Amount)));
    }

    [Fact]
    public void An_unknown_channel_in_a_worksheet_is_refused_on_its_row_and_column_naming_the_channels_that_may_be_written()
    {
        var result = ProjectImport.ReadXlsx(MinimalXlsxWith(["拟申请渠道"], ["地方政府专项债券:3000"], ["抗疫特别国债:500"]), SampleFacts, Channels);

        var problem = AssertProblem(result, 3, "拟申请渠道", "第1项的渠道“抗疫特别国债”不在资金渠道目录中", "地方政府专项债券");
        Assert.Equal([3], result.RowsWithProblems);
        Assert.DoesNotContain("special-bonds", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_JSON_file_names_channels_in_Chinese_too()
    {
        var result = ProjectImport.ReadJson(Utf8("""
            [{"name": "城西污水处理厂提标改造", "department": "水务局", "unit": "某市水务集团", "scale": "新建处理规模5万吨/日", "totalInvestment": 8000,
              "requests": [{"channel": "地方政府专项债券", "amount": 3000}, {"channel": "不存在的渠道", "amount": 1}]}]
            """), SampleFacts, Channels);

        AssertProblem(result, 1, "拟申请渠道(requests)", "第2项的渠道“不存在的渠道”不在资金渠道目录中");
        Assert.Equal("special-bonds", result.Rows.Single().Record.Requests[0].Channel);
    }

    [Fact]
    public void The_same_channel_twice_is_a_problem()
    {
        var record = FullRecord();
        record.Requests = [new ChannelRequest { Channel = "special-bonds", Amount = 1m }, new ChannelRequest { Channel = "special-bonds", Amount = 2m }];

        var problem = Assert.Single(ProjectValidator.Validate(record, 1, SampleFacts, Channels));

        Assert.Equal("第2项与第1项是同一渠道“地方政府专项债券”，请合并为一项", problem.Message);
    }

    [Fact]
    public void Without_a_channel_catalog_any_name_is_kept_as_written()
    {
        var record = FullRecord();
        record.Requests = [new ChannelRequest { Channel = "某个渠道", Amount = 1m }];

        Assert.Empty(ProjectValidator.Validate(record, 1, SampleFacts));
    }

    [Fact]
    public void An_export_writes_channel_names_and_reads_back_to_the_same_ids()
    {
        var record = FullRecord();
        record.Requests = [new ChannelRequest { Channel = "old-communities", Amount = 960m }, new ChannelRequest { Channel = "special-bonds", Amount = 3000m }];
        using var file = new MemoryStream();
        ProjectExport.WriteXlsx(file, [record], SampleFacts, Channels);
        file.Position = 0;

        var cells = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>().Single();
        Assert.Equal("中央预算内投资·城镇老旧小区改造:960; 地方政府专项债券:3000", cells["拟申请渠道"]);
        file.Position = 0;
        var back = ProjectImport.ReadXlsx(file, SampleFacts, Channels);
        AssertNoProblems(back);
        Assert.Equal(["old-communities", "special-bonds"], back.Records.Single().Requests.Select(r => r.Channel));
    }

    [Fact]
    public void The_form_offers_the_channels_by_name_and_reads_its_rows_into_ids()
    {
        var form = ProjectForm.For(SampleFacts, Channels);
        var field = Assert.Single(form.Fields, f => f.Input == FormInput.ChannelAmounts);
        Assert.Equal(["地方政府专项债券", "中央预算内投资·城镇老旧小区改造"], field.Options);

        var values = form.ValuesOf(FullRecord()).ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        values[field.Header] = RequestRows.Join(["地方政府专项债券", "", "", ""], ["3000", "", "", ""]);
        var reading = form.Read(values, null);

        Assert.True(reading.IsValid, string.Join("\n", reading.Problems));
        Assert.Equal([("special-bonds", 3000m)], reading.Record.Requests.Select(r => (r.Channel, r.Amount)));
        Assert.Equal([("地方政府专项债券", "3000")], RequestRows.Split(form.ValuesOf(reading.Record)[field.Header]));
    }

    [Fact]
    public void A_form_row_without_a_channel_or_an_amount_is_named()
    {
        var form = ProjectForm.For(SampleFacts, Channels);
        var values = form.ValuesOf(FullRecord()).ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        values["拟申请渠道"] = RequestRows.Join(["", "地方政府专项债券"], ["500", ""]);

        var problem = Assert.Single(form.Read(values, null).Problems, p => p.Column == "拟申请渠道");

        Assert.Contains("第1项（金额 500）未写渠道", problem.Message, StringComparison.Ordinal);
        Assert.Contains("第2项“地方政府专项债券”未写金额", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ratio_fact_is_entered_and_shown_in_percent_and_stored_between_0_and_1()
    {
        FactDescriptor consent = new("residentConsent", "居民同意改造比例", FactType.Number, "比例", "同意户数 ÷ 总户数，填0至1之间的小数（如0.85表示85%）");
        var form = ProjectForm.For([consent]);
        var field = Assert.Single(form.Fields, f => f.FactKey == "residentConsent");
        Assert.True(field.Percent);
        Assert.Equal("居民同意改造比例（%）", field.Label);
        Assert.DoesNotContain("0至1", field.Help, StringComparison.Ordinal);

        var values = form.ValuesOf(FullRecord()).ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        values[field.Header] = "85";
        var reading = form.Read(values, null);
        Assert.True(reading.IsValid, string.Join("\n", reading.Problems));
        Assert.Equal(0.85m, reading.Record.Facts["residentConsent"].Number);
        Assert.Equal("85", form.ValuesOf(reading.Record)[field.Header]);

        values[field.Header] = "150";
        Assert.Contains(form.Read(values, null).Problems, p => p.Column == field.Header && p.Message.Contains("应在 0 至 100 之间", StringComparison.Ordinal));
    }
}
