namespace Reserve.Projects.Web.Explanations;

/// <summary>A policy source as the rules table shows it: the citation, folded after its first words when long.</summary>
public static class SourceText
{
    /// <summary>Longer citations show their first <see cref="Shown"/> characters and unfold on a click.</summary>
    public const int Shown = 40;

    public static bool IsLong(string citation) => citation.Length > Shown + 10;

    public static string Head(string citation) => IsLong(citation) ? citation[..Shown] + "…" : citation;
}
