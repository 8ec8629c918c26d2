using System.Text.Json;
using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Parameters;

/// <summary>
/// A parameter's source as the parameters file writes it: a whole source (<c>{ "citation": … }</c>, as before), the id of
/// one of the manifest's sources (<c>"scope"</c>), or a variant of one (<c>{ "basedOn": "scope", "note": "…" }</c>).
/// </summary>
internal static class ParameterSourceJson
{
    public static PolicySource Read(string key, JsonElement s, PolicySourceTable? sources)
    {
        var where = $"参数 {key} 的出处";
        if (s.ValueKind == JsonValueKind.String)
        {
            return Cited(where, s.GetString() ?? "", sources);
        }
        if (DerivedPolicySourceJson.IsDerived(s))
        {
            var based = DerivedPolicySourceJson.BasedOn(s) is { } id ? Cited(where, id, sources) : DerivedPolicySourceJson.BaselineOf(where, s);
            return DerivedPolicySourceJson.Apply(where, based, s);
        }
        return PolicySourceJson.Read(where, s);
    }

    private static PolicySource Cited(string where, string id, PolicySourceTable? sources)
    {
        if (sources is null)
        {
            throw new FormatException($"{where}引用插件清单的出处“{id}”，须与插件清单一同读取。");
        }
        return sources.TryGet(id, out var source) ? source : throw new FormatException($"{where}“{id}”不在插件清单的 sources 中。");
    }
}
