using Reserve.Sdk.Channels;
using Reserve.Sdk.Projects;

namespace Reserve.Planning.Allocation;

/// <summary>
/// Which funding line of the project record a channel's money is, read from the channel's own name and
/// parent line (中央预算内投资·水利 is 中央预算内投资; a provincial programme is 省级财政资金). The stacking
/// rules speak of these lines, not of plugin ids, so a new sub-programme joins its line without a code change.
/// </summary>
internal static class ChannelFamily
{
    private static readonly FundingSourceKind[] Named =
    [
        FundingSourceKind.CentralBudget,
        FundingSourceKind.UltraLongSpecialBonds,
        FundingSourceKind.AntiPandemicBonds,
        FundingSourceKind.SpecialBonds,
        FundingSourceKind.PolicyFinancialInstrument,
    ];

    public static FundingSourceKind Of(ChannelDefinition channel)
    {
        foreach (var kind in Named)
        {
            var line = ZhNames<FundingSourceKind>.Of(kind);
            if (channel.Parent == line || channel.Name.StartsWith(line, StringComparison.Ordinal))
            {
                return kind;
            }
        }
        return channel.Level switch
        {
            ChannelLevel.Provincial => FundingSourceKind.ProvincialFiscal,
            ChannelLevel.Municipal => FundingSourceKind.MunicipalFiscal,
            _ => FundingSourceKind.Other,
        };
    }

    /// <summary>
    /// 专项债 issuance is partial in practice (a project approved for 37000万 may get 5000万 in a batch) and the
    /// instrument's amount is the bank's to set up to its cap, so the plan may give part of their estimate;
    /// a subsidy is planned whole or not at all.
    /// </summary>
    public static bool IsDivisible(FundingSourceKind kind) =>
        kind is FundingSourceKind.SpecialBonds or FundingSourceKind.PolicyFinancialInstrument;
}
