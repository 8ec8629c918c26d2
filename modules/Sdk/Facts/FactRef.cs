using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Facts;

/// <summary>
/// A fact a rule reads, with its Chinese label and how to tell whether the record gives it. Rules list
/// what they read, so a result can name exactly which facts are missing.
/// </summary>
public sealed class FactRef
{
    private readonly Func<ProjectRecord, bool> _isPresent;

    private FactRef(string key, string label, Func<ProjectRecord, bool> isPresent)
    {
        Key = key;
        Label = label;
        _isPresent = isPresent;
    }

    /// <summary>The interchange key (a common record key, <c>preWork.可研批复</c>, or a channel fact key).</summary>
    public string Key { get; }

    /// <summary>The Chinese name users see.</summary>
    public string Label { get; }

    public bool IsPresentIn(ProjectRecord project) => _isPresent(project);

    public static FactRef Common(string key, string label, Func<ProjectRecord, bool> isPresent) => new(key, label, isPresent);

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

    private static FactRef NewPreWork(PreWorkKind item) =>
        new("preWork." + ZhNames<PreWorkKind>.Of(item), "前期工作-" + ZhNames<PreWorkKind>.Of(item), p => p.FindPreWork(item) is not null);

    private static FactRef NewFundingSource(FundingSourceKind source) =>
        new("fundingSources." + ZhNames<FundingSourceKind>.Of(source), "资金来源-" + ZhNames<FundingSourceKind>.Of(source),
            p => p.FundingSources.Exists(l => l.Source == source));

    public override string ToString() => $"{Label}({Key})";
}
