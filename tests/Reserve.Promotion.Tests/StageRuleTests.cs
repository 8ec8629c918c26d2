using Reserve.Promotion.Deals;
using static Reserve.Promotion.Tests.Deals;

namespace Reserve.Promotion.Tests;

public sealed class StageRuleTests
{
    private static readonly DateOnly Today = D("2026-10-15");

    private static Deal Landed() => At("恒泰光伏发电项目", 1000m).Moves((DealStage.Lead, "2026-03-01"), (DealStage.Signed, "2026-07-06"), (DealStage.Landed, "2026-08-01"));

    [Fact]
    public void Moving_back_without_a_reason_is_refused_and_with_one_it_is_allowed()
    {
        var refused = DealRules.CheckMove(Landed(), DealStage.Signed, D("2026-09-01"), "  ", Today);
        Assert.Equal("退回原因：从“落地”退回到“签约”必须说明原因", Assert.Single(refused).ToString());

        Assert.Empty(DealRules.CheckMove(Landed(), DealStage.Signed, D("2026-09-01"), "用地手续未落实", Today));
    }

    [Fact]
    public void Forward_moves_may_skip_stages()
    {
        Assert.Empty(DealRules.CheckMove(Landed(), DealStage.Producing, D("2026-10-15"), null, Today));
        var lead = At("线索项目", 800m).Moves((DealStage.Lead, "2026-03-01"));
        Assert.Empty(DealRules.CheckMove(lead, DealStage.Signed, D("2026-07-06"), null, Today));
    }

    [Fact]
    public void Dates_may_not_precede_the_previous_change_nor_pass_today()
    {
        Assert.Equal("日期：2026年7月31日早于上一次阶段变更日期2026年8月1日",
            Assert.Single(DealRules.CheckMove(Landed(), DealStage.Started, D("2026-07-31"), null, Today)).ToString());
        Assert.Equal("日期：2026年10月16日晚于今天（2026年10月15日），不能预先登记",
            Assert.Single(DealRules.CheckMove(Landed(), DealStage.Started, D("2026-10-16"), null, Today)).ToString());
        Assert.Empty(DealRules.CheckMove(Landed(), DealStage.Started, D("2026-08-01"), null, Today));
    }

    [Fact]
    public void The_same_stage_again_is_refused()
    {
        Assert.Equal("阶段：项目已处于“落地”阶段", Assert.Single(DealRules.CheckMove(Landed(), DealStage.Landed, D("2026-09-01"), null, Today)).ToString());
    }

    [Fact]
    public void Signing_needs_a_contract_amount()
    {
        var lead = At("线索项目", 0m).Moves((DealStage.Lead, "2026-03-01"));
        Assert.Equal("签约投资额：签约及以后阶段的项目必须填写大于0的合同投资额（万元）",
            Assert.Single(DealRules.CheckMove(lead, DealStage.Signed, D("2026-07-06"), null, Today)).ToString());
        Assert.Empty(DealRules.CheckMove(lead, DealStage.Intent, D("2026-04-01"), null, Today));
    }

    [Fact]
    public void Funds_only_after_signing_never_ahead_of_today_and_positive()
    {
        var lead = At("线索项目", 800m).Moves((DealStage.Lead, "2026-03-01"));
        Assert.Equal("到位日期：项目处于“线索”阶段，签约后才能登记到位资金",
            Assert.Single(DealRules.CheckFunds(lead, new FundArrival { On = D("2026-04-01"), Amount = 10m }, Today)).ToString());
        Assert.Equal("到位日期：2026年7月5日早于签约日期2026年7月6日",
            Assert.Single(DealRules.CheckFunds(Landed(), new FundArrival { On = D("2026-07-05"), Amount = 10m }, Today)).ToString());
        Assert.Equal("到位金额：“0”应为大于0的金额（万元）",
            Assert.Single(DealRules.CheckFunds(Landed(), new FundArrival { On = D("2026-07-06"), Amount = 0m }, Today)).ToString());
        Assert.Single(DealRules.CheckFunds(Landed(), new FundArrival { On = D("2026-10-16"), Amount = 10m }, Today));
        Assert.Empty(DealRules.CheckFunds(Landed(), new FundArrival { On = D("2026-07-06"), Amount = 10m }, Today));
    }

    [Fact]
    public void A_deal_form_with_every_mistake_gets_every_message()
    {
        var deal = new Deal { Name = "光", Industry = "钢铁", InvestorCreditCode = "123", ContractInvestment = -5m, Region = "62020", Stage = DealStage.Lead };
        var problems = DealRules.Check(deal, eventExists: true).Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "项目名称：“光”共1个字，应为2–100个字",
            "投资方：必填，不能为空",
            "跟踪部门：必填，不能为空",
            "跟踪责任人：必填，不能为空",
            "所属产业：“钢铁”不是可选的产业，应为以下之一：节能环保、清洁生产、清洁能源、先进制造、文化旅游、通道物流、循环农业、中医中药、数据信息、军民融合、其他",
            "投资方统一社会信用代码：“123”应为18位数字或大写字母",
            "签约投资额：“-5”不能为负数",
            "行政区划代码：“62020”不是6位数字的行政区划代码",
        ], problems);
        Assert.Equal("签约活动：没有编号为 9 的招商活动",
            Assert.Single(DealRules.Check(At("恒泰光伏发电项目", 10m, eventId: 9), eventExists: false)).ToString());
    }

    [Fact]
    public void Stage_dates_and_as_of_stages_come_from_the_history()
    {
        var deal = Landed().Moves((DealStage.Signed, "2026-09-01"), (DealStage.Landed, "2026-09-20"));
        Assert.Equal(D("2026-09-20"), deal.ReachedOn(DealStage.Landed));
        Assert.Equal(D("2026-07-06"), deal.ReachedOn(DealStage.Signed));
        Assert.Equal(DealStage.Landed, deal.StageOn(D("2026-08-15")));
        Assert.Equal(DealStage.Signed, deal.StageOn(D("2026-09-10")));
        Assert.Null(deal.StageOn(D("2026-02-28")));
        Assert.Null(deal.ReachedOn(DealStage.Started));
        Assert.Equal([(DealStage.Lead, D("2026-03-01")), (DealStage.Intent, D("2026-07-06")), (DealStage.Signed, D("2026-07-06")), (DealStage.Landed, D("2026-09-20"))],
            deal.StageDates().Select(p => (p.Key, p.Value)));
    }
}
