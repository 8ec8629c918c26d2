namespace Reserve.Sdk.Rules;

/// <summary>Where a rule or parameter comes from: the document, its address, and how far it is checked.</summary>
public sealed record PolicySource(string Citation, Confidence Confidence, string? Url = null, string? Note = null)
{
    public static PolicySource Sourced(string citation, string? url = null, string? note = null) => new(citation, Confidence.Sourced, url, note);
    public static PolicySource CommonlyKnown(string citation, string? url = null, string? note = null) => new(citation, Confidence.CommonlyKnown, url, note);
    public static PolicySource Unverified(string citation, string? note = null) => new(citation, Confidence.Unverified, null, note);
}
