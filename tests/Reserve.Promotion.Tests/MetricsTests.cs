using Reserve.Promotion.Deals;
using Reserve.Promotion.Metrics;
using Reserve.Sdk.Rules;
using static Reserve.Promotion.Tests.Deals;

namespace Reserve.Promotion.Tests;

/// <summary>
/// Every metric on a small set computed by hand. As of 2026-06-30 the signed deals are A, B, C and F:
/// A signed 03-01, landed 04-10, started 05-20; 1000万元; funds 200 (03-15) + 300 (06-30, the as-of day) + 100 (07-01, after);
///   checked on schedule 03-31.
/// B signed and landed on 06-30 itself; 500万元; never checked.
/// C signed 01-10, landed 02-01, put back to 签约 on 05-01; 2000万元; funds 400 (02-15); on schedule 03-31, not on 06-30.
/// D only an 意向 (not signed): excluded everywhere. E signed 07-01, after the as-of date: excluded, with its funds.
/// F signed 02-01 … 投产 06-15; 1500万元; funds 1500 (05-01); on schedule 06-30.
/// </summary>
public sealed class MetricsTests
{
    private static readonly Dictionary<long, string> Events = new() { [1] = "第三十二届兰洽会", [2] = "2026年长三角地区招商推介会" };

    private static List<Deal> Set() =>
    [
        At("A", 1000m, 1, "商务局", "先进制造").Moves((DealStage.Lead, "2026-01-05"), (DealStage.Signed, "2026-03-01"), (DealStage.Landed, "2026-04-10"), (DealStage.Started, "2026-05-20"))
            .Funds(("2026-03-15", 200m), ("2026-06-30", 300m), ("2026-07-01", 100m)).Checked(("2026-03-31", true)),
        At("B", 500m, 1, "工信局", "先进制造").Moves((DealStage.Lead, "2026-05-01"), (DealStage.Signed, "2026-06-30"), (DealStage.Landed, "2026-06-30")),
        At("C", 2000m, 2, "商务局", "清洁能源").Moves((DealStage.Lead, "2025-11-01"), (DealStage.Signed, "2026-01-10"), (DealStage.Landed, "2026-02-01"), (DealStage.Signed, "2026-05-01"))
            .Funds(("2026-02-15", 400m)).Checked(("2026-03-31", true), ("2026-06-30", false)),
        At("D", 800m, null, "商务局", "文化旅游").Moves((DealStage.Lead, "2026-01-01"), (DealStage.Intent, "2026-02-01")),
        At("E", 3000m, 2, "商务局", "文化旅游").Moves((DealStage.Lead, "2026-04-01"), (DealStage.Signed, "2026-07-01")).Funds(("2026-07-02", 100m)),
        At("F", 1500m, 1, "工信局", "清洁能源").Moves((DealStage.Lead, "2025-12-01"), (DealStage.Signed, "2026-02-01"), (DealStage.Landed, "2026-03-01"), (DealStage.Started, "2026-04-01"), (DealStage.Producing, "2026-06-15"))
            .Funds(("2026-05-01", 1500m)).Checked(("2026-06-30", true)),
    ];

    [Fact]
    public void Totals_as_of_the_end_of_June_match_the_hand_computation()
    {
        var total = PromotionMetrics.Compute(Set(), Events, D("2026-06-30"), MetricGrouping.Event).Total;

        Assert.Equal((4, 5000m, 2, 1, 3, 2, 1, 2400m),
            (total.Signed, total.SignedInvestment, total.OnSchedule, total.NotAssessed, total.Landed, total.Started, total.Producing, total.FundsArrived));
        Assert.Equal("50.00%", total.Performance.Display);
        Assert.Equal("75.00%", total.Landing.Display);
        Assert.Equal("50.00%", total.Start.Display);
        Assert.Equal("25.00%", total.Production.Display);
        Assert.Equal("48.00%", total.FundsArrival.Display);
        Assert.Equal(0.48m, total.FundsArrival.Ratio);
    }

    [Fact]
    public void A_deal_signed_and_landed_on_the_as_of_day_counts_and_the_day_before_it_does_not()
    {
        var onTheDay = PromotionMetrics.Compute(Set(), Events, D("2026-06-30"), MetricGrouping.Event).Total;
        var dayBefore = PromotionMetrics.Compute(Set(), Events, D("2026-06-29"), MetricGrouping.Event).Total;

        // The day before: A, C, F signed; landed A and F; funds 200 + 400 + 1500; A and C (03-31) on schedule, F not yet checked.
        Assert.Equal((3, 4500m, 2, 2100m, 2, 1), (dayBefore.Signed, dayBefore.SignedInvestment, dayBefore.Landed, dayBefore.FundsArrived, dayBefore.OnSchedule, dayBefore.NotAssessed));
        Assert.Equal("66.67%", dayBefore.Landing.Display);
        Assert.Equal("46.67%", dayBefore.FundsArrival.Display);
        Assert.Equal("66.67%", dayBefore.Performance.Display);
        Assert.Equal(onTheDay.Signed - 1, dayBefore.Signed);
    }

    [Fact]
    public void Funds_arriving_after_the_as_of_date_are_left_out()
    {
        var a = Set()[0];
        Assert.Equal(500m, a.FundsArrivedBy(D("2026-06-30")));
        Assert.Equal(600m, a.FundsArrivedBy(D("2026-07-01")));
        Assert.Equal(200m, a.FundsArrivedBy(D("2026-06-29")));
    }

    [Fact]
    public void A_deal_put_back_a_stage_counts_as_landed_only_while_it_was()
    {
        // C landed 02-01 and was put back on 05-01: landed as of 04-30, not as of 05-01.
        var april = PromotionMetrics.Compute(Set(), Events, D("2026-04-30"), MetricGrouping.Event).Total;
        var may = PromotionMetrics.Compute(Set(), Events, D("2026-05-01"), MetricGrouping.Event).Total;

        Assert.Equal((3, 3), (april.Signed, april.Landed));
        Assert.Equal("100.00%", april.Landing.Display);
        Assert.Equal((3, 2), (may.Signed, may.Landed));
    }

    [Fact]
    public void Rows_by_event_department_and_industry()
    {
        var byEvent = PromotionMetrics.Compute(Set(), Events, D("2026-06-30"), MetricGrouping.Event).Rows.ToDictionary(r => r.Group);
        var lanzhou = byEvent["第三十二届兰洽会"];
        Assert.Equal((3, 3000m, 3, 2, 1, 2000m), (lanzhou.Signed, lanzhou.SignedInvestment, lanzhou.Landed, lanzhou.Started, lanzhou.Producing, lanzhou.FundsArrived));
        Assert.Equal(["100.00%", "66.67%", "33.33%", "66.67%", "66.67%"],
            [lanzhou.Landing.Display, lanzhou.Start.Display, lanzhou.Production.Display, lanzhou.FundsArrival.Display, lanzhou.Performance.Display]);
        var shanghai = byEvent["2026年长三角地区招商推介会"];
        Assert.Equal(["0.00%", "20.00%", "0.00%"], [shanghai.Landing.Display, shanghai.FundsArrival.Display, shanghai.Performance.Display]);
        Assert.Equal(2, byEvent.Count);

        var byDepartment = PromotionMetrics.Compute(Set(), Events, D("2026-06-30"), MetricGrouping.Department).Rows.ToDictionary(r => r.Group);
        Assert.Equal(("50.00%", "30.00%"), (byDepartment["商务局"].Landing.Display, byDepartment["商务局"].FundsArrival.Display));
        Assert.Equal(("100.00%", "75.00%"), (byDepartment["工信局"].Landing.Display, byDepartment["工信局"].FundsArrival.Display));

        var byIndustry = PromotionMetrics.Compute(Set(), Events, D("2026-06-30"), MetricGrouping.Industry).Rows.ToDictionary(r => r.Group);
        Assert.Equal("33.33%", byIndustry["先进制造"].FundsArrival.Display);   // 500 ÷ 1500
        Assert.Equal("54.29%", byIndustry["清洁能源"].FundsArrival.Display);   // 1900 ÷ 3500
        Assert.False(byIndustry.ContainsKey("文化旅游"));                       // D and E are not signed by then
    }

    [Fact]
    public void A_deal_signed_outside_any_event_is_grouped_as_such()
    {
        var deals = Set();
        deals[0].EventId = null;
        var rows = PromotionMetrics.Compute(deals, Events, D("2026-06-30"), MetricGrouping.Event).Rows;
        Assert.Contains(rows, r => r.Group == PromotionMetrics.NoEvent && r.Signed == 1);
    }

    [Fact]
    public void With_nothing_signed_every_rate_shows_a_dash_not_zero()
    {
        var total = PromotionMetrics.Compute(Set(), Events, D("2025-12-31"), MetricGrouping.Event).Total;

        Assert.Equal(0, total.Signed);
        foreach (var definition in MetricDefinitions.All)
        {
            Assert.Null(total.Of(definition.Metric).Ratio);
            Assert.Equal("—", total.Of(definition.Metric).Display);
        }
        Assert.Equal("—", new MetricValue(0m, 0m).Display);
        Assert.Equal("0.00%", new MetricValue(0m, 3m).Display);
    }

    [Fact]
    public void Definitions_carry_the_confidence_marks_of_section_6()
    {
        Assert.Equal(Confidence.CommonlyKnown, MetricDefinitions.Performance.Source.Confidence);
        Assert.Equal(Confidence.CommonlyKnown, MetricDefinitions.Landing.Source.Confidence);
        Assert.Equal(Confidence.CommonlyKnown, MetricDefinitions.FundsArrival.Source.Confidence);
        // §6 reports 开工率 and 投产率 but gives no formula: the assumed denominator is marked unverified.
        Assert.Equal(Confidence.Unverified, MetricDefinitions.Start.Source.Confidence);
        Assert.Equal(Confidence.Unverified, MetricDefinitions.Production.Source.Confidence);
        Assert.All(MetricDefinitions.All, d =>
        {
            Assert.StartsWith(d.Name + " = ", d.Definition);
            Assert.Contains("招商引资工作通行统计口径", d.Source.Citation);
            Assert.DoesNotContain(".md", d.Source.Citation);
            Assert.NotEmpty(d.Examples);
            Assert.All(d.Examples, e => Assert.Equal(Confidence.Sourced, e.Confidence));
        });
        Assert.Contains(MetricDefinitions.FundsArrival.Examples, e => e.Citation.Contains("45.59%"));
    }
}
