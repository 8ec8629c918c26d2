namespace Reserve.Sdk.Facts;

/// <summary>
/// The 资金申请报告 (发改办投资〔2024〕1049号, 可研深度) that the central budget and the ultra-long treasury bonds
/// both ask for: it is one document, so one answer serves every channel that reads it.
/// </summary>
public static class FundingApplicationFacts
{
    public static readonly FactDescriptor ReportPrepared = new(
        "fundingReportPrepared", "资金申请报告已编制", FactType.Boolean, null,
        "已按发改办投资〔2024〕1049号编制资金申请报告，达到可研深度");
}
