using Reserve.Sdk.Rules;

namespace Reserve.Plugins.ProvincialGas;

/// <summary>
/// The provincial program's own document was not available, so its baseline rules are the national
/// channels' standard rules. Those carry their national source and (except 失信) take no other, so each
/// is delegated to unchanged, under the same id, title and messages, with a source whose note says the
/// province's use of it is an inference.
/// </summary>
internal static class BorrowedRule
{
    public static EligibilityRule From(EligibilityRule national, string inference) =>
        national.WithSource(WithInference(national.Source, inference));

    /// <summary>Marks a citation as borrowed; results show the citation but not the note, so the mark makes the inference visible.</summary>
    public const string Marker = "（甘肃省级专项按推定套用）";

    /// <summary>The national source, its confidence unchanged, marked as borrowed and with the inference added to its note.</summary>
    public static PolicySource WithInference(PolicySource national, string inference) =>
        national with
        {
            Citation = national.Citation + Marker,
            Note = string.IsNullOrWhiteSpace(national.Note) ? inference : $"{national.Note}。{inference}",
        };
}
