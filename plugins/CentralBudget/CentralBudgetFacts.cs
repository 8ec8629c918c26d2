namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// The channel facts of the 中央预算内 专项 and typed readers for them. An absent fact reads as null,
/// never as 否 or 0, so the rules can report it as missing.
/// </summary>
internal static class CentralBudgetFacts
{
    // ---- Shared by every 专项 ----

    /// <summary>The options are the SDK's FundingForm words, so that the estimate and the manifest use the same terms.</summary>
    public static readonly FactDescriptor SupportForm = new(
        "supportForm", "申请支持方式", FactType.Choice, null,
        "资金申请报告中申请的中央预算内投资安排方式。企业投资项目只能申请补助或贴息；政府投资项目还可申请直接投资或资本金注入",
        ["补助", "贴息", "直接投资", "资本金注入"]);

    public static readonly FactDescriptor AuthenticityPledge = new(
        "authenticityPledge", "已签署真实性承诺", FactType.Boolean, null,
        "项目单位已对资金申请报告及附件的真实性作出书面承诺");

    public static readonly FactDescriptor LoanAgreementSigned = new(
        "loanAgreementSigned", "已签订贷款合同", FactType.Boolean, null,
        "申请贷款贴息的项目，已与银行签订贷款合同（贴息申请须附贷款合同）");

    public static readonly IReadOnlyList<FactDescriptor> Shared = [SupportForm, FundingApplicationFacts.ReportPrepared, AuthenticityPledge, LoanAgreementSigned];

    /// <summary>
    /// The amount asked of 中央预算内投资: the 资金来源 line of that name. A project that has not put the
    /// request into its funding plan cannot be checked for 地方资金落实 or the support ceiling.
    /// </summary>
    public static readonly FactRef CentralRequest = FactRef.Common(
        "fundingSources.中央预算内投资", "资金来源-中央预算内投资（拟申请额）",
        p => p.PlannedFrom(FundingSourceKind.CentralBudget) > 0);

    // ---- 城市燃气管道等老化更新改造 ----

    /// <summary>The base of the 2022 regional ratios: only the parts that neither the utility nor commercial users own.</summary>
    public static readonly FactDescriptor PublicPropertyRenovationInvestment = new(
        "publicPropertyRenovationInvestment", "政府或居民产权部分的老化更新改造投资", FactType.Number, "万元",
        "非专业经营单位且非工商业用户产权部分（如建筑区划内居民共有的立管、庭院管道，居民户内软管和安全装置，政府所属管道及设施）的老化更新改造投资，不含征地拆迁费用；专业经营单位和工商业用户产权部分由其自行出资，不计入");

    // ---- 农网改造升级（2020年目标，作评分） ----

    public static readonly FactDescriptor SupplyReliability = new(
        "supplyReliability", "项目实施后供电可靠率", FactType.Number, "%",
        "项目供电区域改造后的设计供电可靠率（按可研口径），如 99.8");

    public static readonly FactDescriptor VoltageQualifiedRate = new(
        "voltageQualifiedRate", "项目实施后综合电压合格率", FactType.Number, "%",
        "项目供电区域改造后的设计综合电压合格率，如 97.9");

    public static readonly FactDescriptor TransformerKvaPerHousehold = new(
        "transformerKvaPerHousehold", "项目实施后户均配变容量", FactType.Number, "千伏安/户",
        "项目供电区域改造后的配电变压器容量除以户数");

    public static string? Text(ProjectRecord p, FactDescriptor fact) =>
        p.TryGetFact(fact.Key, out var value) ? value.ToString() : null;
}
