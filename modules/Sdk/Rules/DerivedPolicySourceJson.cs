using System.Reflection;
using System.Text.Json;
using Reserve.Sdk.Standard;

namespace Reserve.Sdk.Rules;

/// <summary>
/// A policy source written as a variant of another, so that a document's 文号, title and date stay written once:
/// <c>{ "basedOn": "exclusions", "note": "…" }</c> takes another source of the same manifest,
/// <c>{ "baseline": "dishonestExclusion", "note": "…" }</c> one of the SDK's <see cref="BaselineSources"/> (its field
/// name in camelCase). Any of <c>citation</c>, <c>url</c>, <c>confidence</c>, <c>note</c> given replaces the base's;
/// <c>noteAppend</c> is added to the end of the note. A parameter's source may be written the same way, or as the
/// bare id of a manifest source.
/// </summary>
internal static class DerivedPolicySourceJson
{
    private static readonly Dictionary<string, PolicySource> Baseline = typeof(BaselineSources)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(PolicySource))
        .ToDictionary(f => char.ToLowerInvariant(f.Name[0]) + f.Name[1..], f => (PolicySource)f.GetValue(null)!, StringComparer.Ordinal);

    /// <summary>True when the entry names a base rather than writing a whole source.</summary>
    public static bool IsDerived(JsonElement s) =>
        s.ValueKind == JsonValueKind.Object && (s.TryGetProperty("basedOn", out _) || s.TryGetProperty("baseline", out _));

    /// <summary>The id of the manifest source a derived entry builds on; null when it builds on a baseline source.</summary>
    public static string? BasedOn(JsonElement s) => s.TryGetProperty("basedOn", out var b) ? b.GetString() : null;

    /// <summary>The SDK baseline source an entry names; throws naming <paramref name="where"/> when there is none by that name.</summary>
    public static PolicySource BaselineOf(string where, JsonElement s)
    {
        var name = s.GetProperty("baseline").GetString() ?? "";
        return Baseline.TryGetValue(name, out var source)
            ? source
            : throw new FormatException($"{where}的 baseline“{name}”不是 SDK 的基础出处，应为：{string.Join("、", Baseline.Keys.Order(StringComparer.Ordinal))}");
    }

    /// <summary>The base with whatever the entry writes in its place.</summary>
    public static PolicySource Apply(string where, PolicySource based, JsonElement s)
    {
        var note = s.TryGetProperty("note", out var n) ? n.GetString() : based.Note;
        if (s.TryGetProperty("noteAppend", out var a))
        {
            note += a.GetString();
        }
        return based with
        {
            Citation = s.TryGetProperty("citation", out var c) ? c.GetString() ?? based.Citation : based.Citation,
            Url = s.TryGetProperty("url", out var u) ? u.GetString() : based.Url,
            Confidence = s.TryGetProperty("confidence", out var cf) ? PolicySourceJson.ReadConfidence(where, cf.GetString()) : based.Confidence,
            Note = note,
        };
    }
}
