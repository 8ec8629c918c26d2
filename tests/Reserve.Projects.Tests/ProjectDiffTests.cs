using Reserve.Projects.Interchange;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Xunit;
using static Reserve.Projects.Tests.InterchangeFixtures;

namespace Reserve.Projects.Tests;

/// <summary>The audit's before → after: two interchange snapshots compared column by column under the worksheet's Chinese headers.</summary>
public sealed class ProjectDiffTests
{
    [Fact]
    public void Only_the_changed_fields_are_listed_under_their_column_names_in_worksheet_order()
    {
        var before = FullRecord();
        var after = FullRecord();
        after.TotalInvestment = 12500m;
        after.FundingSources[0].Arrived = 960m;
        after.FundingSources.RemoveAt(2);
        after.PreWork[0].DocNumber = "榕发改审批〔2026〕15号";
        after.Facts["households"] = FactValue.Of(1900);
        after.InRollingPlan = true;

        var changes = ProjectDiff.Compare(ProjectJson.Serialize(before), ProjectJson.Serialize(after), SampleFacts);

        Assert.Equal(
            [
                new FieldChange("总投资", "12,000", "12,500"),
                new FieldChange("资金来源-中央预算内投资-到位", "480", "960"),
                new FieldChange("资金来源-居民出资", "240", null),
                new FieldChange("前期工作-可研批复-文号", "榕发改审批〔2026〕12号", "榕发改审批〔2026〕15号"),
                new FieldChange("已纳入三年滚动投资计划", "否", "是"),
                new FieldChange("户数", "1,860", "1,900"),
            ],
            changes);
    }

    [Fact]
    public void The_same_record_written_twice_has_no_change()
    {
        var json = ProjectJson.Serialize(FullRecord());
        Assert.Empty(ProjectDiff.Compare(json, ProjectJson.Serialize(FullRecord()), SampleFacts));
    }

    [Fact]
    public void A_creation_lists_every_field_given_from_nothing()
    {
        var changes = ProjectDiff.Compare(null, ProjectJson.Serialize(FullRecord()), SampleFacts);

        Assert.All(changes, c => Assert.Null(c.Before));
        Assert.Contains(new FieldChange("项目名称", null, "城东片区老旧小区改造项目"), changes);
        Assert.Contains(new FieldChange("计划开工时间", null, "2026-03-01"), changes);
        Assert.Contains(new FieldChange("拟申请渠道", null, "old-communities:960; special-bonds:3000"), changes);
        Assert.Contains(new FieldChange("改造方案批复日期", null, "2025-11-05"), changes);
        Assert.DoesNotContain(changes, c => c.Field == "资金来源-银行贷款");
    }

    [Fact]
    public void A_fact_no_loaded_channel_declares_is_still_shown_by_its_key()
    {
        var before = FullRecord();
        before.Facts["retiredFact"] = FactValue.Of("旧值");
        var after = FullRecord();

        var change = Assert.Single(ProjectDiff.Compare(ProjectJson.Serialize(before), ProjectJson.Serialize(after), SampleFacts));

        Assert.Equal(new FieldChange("渠道要素-retiredFact", "旧值", null), change);
    }

    [Fact]
    public void A_snapshot_that_cannot_be_read_is_reported_not_thrown()
    {
        var change = Assert.Single(ProjectDiff.Compare("{\"totalInvestment\":\"很多\"}", ProjectJson.Serialize(FullRecord()), SampleFacts));

        Assert.Equal("（记录内容）", change.Field);
        Assert.StartsWith("修改前后的内容无法读取：", change.After);
    }
}
