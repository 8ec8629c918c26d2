using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Facts;

/// <summary>
/// A fact a rule reads, with its Chinese label and how to tell whether the record gives it. Rules list
/// what they read, so a result can name exactly which facts are missing.
/// </summary>
public sealed class FactRef
{
    private readonly Func<ProjectSnapshot, bool> _isPresent;

    private FactRef(string key, string label, Func<ProjectSnapshot, bool> isPresent, ulong presenceBit = 0)
    {
        Key = key;
        Label = label;
        _isPresent = isPresent;
        PresenceBit = presenceBit;
    }

    /// <summary>The interchange key (a common record key, <c>preWork.可研批复</c>, or a channel fact key).</summary>
    public string Key { get; }

    /// <summary>The Chinese name users see.</summary>
    public string Label { get; }

    /// <summary>The snapshot's bit for this fact (<see cref="PresenceBits"/>), or 0 when presence is a test on the record.</summary>
    internal ulong PresenceBit { get; }

    public bool IsPresentIn(ProjectSnapshot project) => _isPresent(project);

    public bool IsPresentIn(ProjectRecord project) => _isPresent(ProjectSnapshot.Of(project));

    public static FactRef Common(string key, string label, Func<ProjectSnapshot, bool> isPresent) => new(key, label, isPresent);

    internal static FactRef Common(string key, string label, ulong presenceBit) =>
        new(key, label, p => (p.PresentFacts & presenceBit) != 0, presenceBit);

    public static FactRef Channel(FactDescriptor descriptor) =>
        new(descriptor.Key, descriptor.Label, p => p.Facts.ContainsKey(descriptor.Key));

    /// <summary>A pre-work item counts as present when the record lists it, whatever its status.</summary>
    /// <remarks>One instance per item, made once: rules name the fact each time it is missing, in the hot loop.</remarks>
    public static FactRef PreWork(PreWorkKind item) =>
        (int)item >= 0 && (int)item < PreWorkFacts.Length ? PreWorkFacts[(int)item] : NewPreWork(item);

    /// <summary>A funding-source line counts as present when the plan lists that source (even at 0).</summary>
    public static FactRef FundingSource(FundingSourceKind source) =>
        (int)source >= 0 && (int)source < FundingSourceFacts.Length ? FundingSourceFacts[(int)source] : NewFundingSource(source);

    private static readonly FactRef[] PreWorkFacts = [.. Enum.GetValues<PreWorkKind>().OrderBy(k => (int)k).Select(NewPreWork)];

    private static readonly FactRef[] FundingSourceFacts = [.. Enum.GetValues<FundingSourceKind>().OrderBy(k => (int)k).Select(NewFundingSource)];

    private static FactRef NewPreWork(PreWorkKind item)
    {
        var (key, label) = ("preWork." + ZhNames<PreWorkKind>.Of(item), "前期工作-" + ZhNames<PreWorkKind>.Of(item));
        return PresenceBits.PreWork(item) is var bit and not 0
            ? Common(key, label, bit)
            : new(key, label, p => p.StatusOf(item) is not null);
    }

    private static FactRef NewFundingSource(FundingSourceKind source) =>
        new("fundingSources." + ZhNames<FundingSourceKind>.Of(source), "资金来源-" + ZhNames<FundingSourceKind>.Of(source),
            p => p.FundingSources.Exists(l => l.Source == source));

    public override string ToString() => $"{Label}({Key})";
}
