using Reserve.Channels;
using Reserve.Sdk.Rules;

namespace Reserve.Matching.Engine;

/// <summary>
/// A channel's rules laid out for the hot loop once per engine: an array rather than the definition's list
/// (no interface call per rule), and which rules decide the verdict, so the loop reads a flag instead of a kind.
/// </summary>
internal sealed class CompiledChannel
{
    public CompiledChannel(ActiveChannel channel)
    {
        Channel = channel;
        var rules = channel.Definition.Rules;
        Rules = rules as EligibilityRule[] ?? [.. rules];
        Deciding = [.. Rules.Select(r => r.DecidesVerdict)];
        Unverified = [.. Rules.Select(r => r.NeedsVerification)];
        TimingRule = Array.FindIndex(Rules, r => r.Windows is not null);
    }

    public ActiveChannel Channel { get; }
    public EligibilityRule[] Rules { get; }
    public bool[] Deciding { get; }

    /// <summary>Which rules' objections read 待核实 rather than 不符合 (<see cref="EligibilityRule.NeedsVerification"/>).</summary>
    public bool[] Unverified { get; }

    /// <summary>The rule holding the application windows, or -1 when the channel has no fixed window.</summary>
    public int TimingRule { get; }

    public bool IsValidOn(DateOnly date) => Channel.Definition.IsValidOn(date);
}
