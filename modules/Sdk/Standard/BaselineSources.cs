using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>The policy texts behind the baseline rules, with their confidence.</summary>
public static class BaselineSources
{
    public static readonly PolicySource GovernmentInvestmentRegulation = PolicySource.Sourced(
        "《政府投资条例》（国务院令第712号）", note: "法规全文见 LawRefBook/Laws 镜像（行政法规·政府投资条例）");

    public static readonly PolicySource EnterpriseApprovalRegulation = PolicySource.Sourced(
        "《企业投资项目核准和备案管理条例》（国务院令第673号）", note: "法规全文，LawRefBook/Laws 镜像；核准后2年未开工失效，可延期一次，最长1年");

    public static readonly PolicySource ProjectCodeSpecification = PolicySource.Sourced(
        "《固定资产投资项目代码管理规范》（发改投资〔2020〕1439号）；GB/T 40058-2021",
        "http://www.midoodoo.com/zhengce/show.php?itemid=2476");

    public static readonly PolicySource Equity2015 = PolicySource.Sourced(
        "《国务院关于调整和完善固定资产投资项目资本金制度的通知》（国发〔2015〕51号）",
        "http://paper.wenweipo.com/2015/09/02/CH1509020048.htm",
        "港口、机场25%，铁路、公路、城市轨道交通20%，玉米深加工20% 有出处；钢铁40%、水泥35%、煤炭等30%、房地产、化肥及其他项目20%等为通行做法，待核对原文");

    public static readonly PolicySource Equity2019 = PolicySource.Sourced(
        "《国务院关于加强固定资产投资项目资本金管理的通知》（国发〔2019〕26号）",
        "http://www.takungpao.com/finance/236132/2019/1128/382444.html",
        "港口、沿海及内河航运由25%降为20%；补短板基础设施项目在收益可靠时可适当降低，最多5个百分点");

    public static readonly PolicySource DishonestExclusion = PolicySource.Sourced(
        "山西省2020年老旧小区改造中央预算内投资申报通知：项目单位被列入失信黑名单的不予安排",
        "http://www.zt-9jc.com.cn/qiche/202004119606.html");

    public static readonly PolicySource CentralFundingOnce = PolicySource.Sourced(
        "中央预算内投资“一次性安排”，已获其他中央预算内专项支持的项目不得重复申报",
        "http://hbzyjz.com/news/detail/93/139109.html");

    public static readonly PolicySource NationalLibrary = PolicySource.CommonlyKnown(
        "中央预算内投资项目须纳入国家重大建设项目库和三年滚动投资计划",
        note: "通行说法；国家发改委项目库软件有三年滚动投资计划模块 [S-code]");

    public static readonly PolicySource SourcesWithinTotal = PolicySource.CommonlyKnown(
        "资金来源计划合计不得超过项目总投资（差额为资金缺口）",
        note: "项目记录的“资金来源”栏目");
}
