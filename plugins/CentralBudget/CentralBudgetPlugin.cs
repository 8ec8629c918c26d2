namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// 中央预算内投资, one channel per 专项. The
/// 专项 share the baseline and maturity rules of <see cref="CentralBudgetCommonRules"/> and add their own
/// scope, ceiling and estimate.
/// </summary>
public sealed class CentralBudgetPlugin : IChannelPlugin
{
    public const string ParentName = "中央预算内投资";

    /// <summary>Appended to every 专项's summary: the shared annual round the ZYYSN-WINDOW rule checks.</summary>
    public const string CycleNote = "申报窗口大致为每年11月至次年6月（第三方出处，以当年申报通知为准），7月起的申报对应下一年度计划。";

    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var parameters = context.Parameters;
        var sources = PolicySourceTable.Load(context);
        var scoped = new ScopedChannels(sources);
        return
        [
            new ColdChainChannel(sources).Define(parameters),
            new HousingInfrastructureChannel(sources).Define(parameters),
            scoped.NewInfrastructure.Define(parameters, sources),
            scoped.Water.Define(parameters, sources),
            new GasPipelinesChannel(sources).Define(parameters),
            scoped.EmergencyReserves.Define(parameters, sources),
            new RuralGridChannel(sources).Define(parameters),
        ];
    }
}
