using Reserve.Sdk.Rules;

namespace Reserve.Plugins.ReservePlugin;

/// <summary>
/// The policy texts behind this plugin's rules, kept in one place so a reviewer checking a source against
/// the official text finds every rule that leans on it. Sourced: quoted from a text whose address is given;
/// CommonlyKnown: widely cited, not checked against the official text; Unverified: must be checked first.
/// </summary>
internal static class ReservePluginSources
{
    /// <summary>国办发〔2020〕23号: the focus on compounds built before the end of 2000.</summary>
    public static readonly PolicySource BuiltBefore = PolicySource.Sourced(
        "《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）：重点改造2000年底前建成的老旧小区",
        "https://chaoyang.gov.cn/html/CYSZF/202305/0168480690447880.html",
        "示例规则：换成本渠道的政策原文、网址和可信度");
}
