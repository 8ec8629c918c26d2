using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Rules;

namespace Reserve.Plugins.ReservePlugin;

/// <summary>
/// The plugin's entry point: the host finds the one public <see cref="IChannelPlugin"/> of the assembly and
/// asks it for its channels once, at load. Dated figures come from the parameters file (next year's numbers are
/// an edit, not a rebuild); every rule names its source, kept once in the manifest's sources.
/// </summary>
public sealed class ReservePluginPlugin : IChannelPlugin
{
    private static readonly FactDescriptor BuiltYear = new(
        "builtYear", "建成年份", FactType.Integer, "年", "小区建成的年份（四位数字，如1998）；各楼栋不同的，填最晚建成一栋的年份");

    public IEnumerable<ChannelDefinition> DefineChannels(PluginContext context)
    {
        var latestBuiltYear = context.Parameters.Decimal("latestBuiltYear");
        var sources = PolicySourceTable.Load(context);
        yield return new ChannelDefinition
        {
            Id = "example-channel",
            Name = "城镇老旧小区改造（示例）",
            Level = ChannelLevel.National,
            Form = FundingForm.Subsidy,
            Summary = "示例渠道：支持建成年代较早的城镇老旧小区改造。",
            Facts = [BuiltYear],
            Rules =
            [
                Rule.Hard("EX-01", $"小区建成于{latestBuiltYear.Latest}年底以前")
                    .From(sources["builtBefore"])
                    .Requires(FactRef.Channel(BuiltYear))
                    .Check((p, c) => p.Facts[BuiltYear.Key].Number <= latestBuiltYear.At(c.AsOf))
                    .Fail((p, c) => $"小区建成于{p.Facts[BuiltYear.Key].Number}年，晚于{latestBuiltYear.At(c.AsOf)}年底")
                    .Pass((p, c) => $"小区建成于{p.Facts[BuiltYear.Key].Number}年，不晚于{latestBuiltYear.At(c.AsOf)}年底")
                    .Build(),
            ],
            Templates = [new TemplateDescriptor("application-summary", "申报摘要", "templates/application-summary.sbn-md")],
        };
    }
}
