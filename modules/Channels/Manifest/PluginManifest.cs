using Reserve.Sdk.Channels;
using Reserve.Sdk.Rules;

namespace Reserve.Channels.Manifest;

/// <summary>What a plugin says about itself in <c>plugin.json</c>, checked before any of its code is loaded.</summary>
public sealed record PluginManifest(
    string Id,
    string Name,
    SemanticVersion Version,
    VersionRange Sdk,
    string EntryAssembly,
    ChannelLevel Level,
    string Authority,
    IReadOnlyList<FundingForm> FundingForms,
    IReadOnlyList<PolicyReference> Policies,
    IReadOnlyList<ApplicationWindow> Windows,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Tags,
    string? Notes,
    string? ParametersPath,
    string? CasesPath,
    string? TemplatesPath);

/// <summary>A policy document the plugin rests on.</summary>
public sealed record PolicyReference(string? DocNumber, string Title, string? Url, Confidence Confidence);

/// <summary>When applications are taken: month-day to month-day, possibly across the new year.</summary>
public sealed record ApplicationWindow(string Name, int OpenMonth, int OpenDay, int CloseMonth, int CloseDay, string Recurrence, string? Source)
{
    public bool IsOpenOn(DateOnly date)
    {
        var md = date.Month * 100 + date.Day;
        var open = OpenMonth * 100 + OpenDay;
        var close = CloseMonth * 100 + CloseDay;
        return open <= close ? md >= open && md <= close : md >= open || md <= close;
    }

    public override string ToString() => $"{Name}：每年{OpenMonth}月{OpenDay}日至{(CloseMonth * 100 + CloseDay < OpenMonth * 100 + OpenDay ? "次年" : "")}{CloseMonth}月{CloseDay}日";
}
