using Reserve.Sdk.Channels;

namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// 中央预算内投资, one channel per 专项 (domain-channels.md §2.1: "model each 专项 as a sub-plugin"). The
/// 专项 share the baseline and maturity rules of <see cref="CentralBudgetCommonRules"/> and add their own
/// scope, ceiling and estimate.
/// </summary>
public sealed class CentralBudgetPlugin : IChannelPlugin
{
    public const string ParentName = "中央预算内投资";

    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context) =>
    [
        ColdChainChannel.Define(context.Parameters),
        HousingInfrastructureChannel.Define(context.Parameters),
    ];
}
