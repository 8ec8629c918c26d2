using System.Text.Json;

namespace Reserve.Sdk.Rules;

/// <summary>
/// A policy source as plugin data writes it: <c>{ "citation": "…", "url": "…", "confidence": "sourced", "note": "…" }</c>,
/// the confidence one of sourced, commonly-known, unverified. Problems name <c>where</c> in Chinese.
/// </summary>
internal static class PolicySourceJson
{
    public static PolicySource Read(string where, JsonElement s)
    {
        var citation = s.TryGetProperty("citation", out var c) ? c.GetString() : null;
        if (string.IsNullOrWhiteSpace(citation))
        {
            throw new FormatException($"{where}缺少 citation。");
        }
        var confidence = ReadConfidence(where, s.TryGetProperty("confidence", out var cf) ? cf.GetString() : null);
        var url = s.TryGetProperty("url", out var uu) ? uu.GetString() : null;
        var note = s.TryGetProperty("note", out var n) ? n.GetString() : null;
        return new PolicySource(citation, confidence, url, note);
    }

    public static Confidence ReadConfidence(string where, string? text) => text switch
    {
        "sourced" => Confidence.Sourced,
        "commonly-known" => Confidence.CommonlyKnown,
        "unverified" => Confidence.Unverified,
        _ => throw new FormatException($"{where}可信度“{text}”应为 sourced、commonly-known 或 unverified。"),
    };
}
