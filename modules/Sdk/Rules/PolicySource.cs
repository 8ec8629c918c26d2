namespace Reserve.Sdk.Rules;

/// <summary>Where a rule or parameter comes from: the document, its address, and how far it is checked.</summary>
public sealed record PolicySource(string Citation, Confidence Confidence, string? Url = null, string? Note = null)
{
    /// <summary>
    /// The rule is applied to this channel by inference from another channel's source (a provincial programme
    /// whose own notice is not available borrowing a national rule). Like <see cref="Confidence.Unverified"/>, such a
    /// rule never makes a project 不符合 on its own: its objection reads 待核实.
    /// </summary>
    public bool AppliedByInference { get; init; }

    /// <summary>Whether an objection of a rule with this source must be checked before it is relied upon (待核实).</summary>
    public bool NeedsVerification => Confidence == Confidence.Unverified || AppliedByInference;

    public static PolicySource Sourced(string citation, string? url = null, string? note = null) => new(citation, Confidence.Sourced, url, note);
    public static PolicySource CommonlyKnown(string citation, string? url = null, string? note = null) => new(citation, Confidence.CommonlyKnown, url, note);
    public static PolicySource Unverified(string citation, string? note = null) => new(citation, Confidence.Unverified, null, note);
}
