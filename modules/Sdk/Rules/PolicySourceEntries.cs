using System.Text.Json;
using Reserve.Sdk.Standard;

namespace Reserve.Sdk.Rules;

/// <summary>
/// Reads the <c>sources</c> object of a manifest: whole sources, borrowed ones marked, and variants of another source
/// resolved in whatever order they are written (a cycle or a missing base is refused, naming the source).
/// </summary>
internal static class PolicySourceEntries
{
    public static Dictionary<string, PolicySource> Read(JsonElement list, string inference)
    {
        if (list.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("插件清单的 sources 应为以出处编号为键的对象。");
        }
        var written = list.EnumerateObject().ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
        var read = new Dictionary<string, PolicySource>(StringComparer.Ordinal);
        foreach (var id in written.Keys)
        {
            Resolve(id, written, read, inference, []);
        }
        return read;
    }

    private static PolicySource Resolve(string id, Dictionary<string, JsonElement> written, Dictionary<string, PolicySource> read, string inference, HashSet<string> resolving)
    {
        if (read.TryGetValue(id, out var done))
        {
            return done;
        }
        var where = $"出处 {id} ";
        if (!resolving.Add(id))
        {
            throw new FormatException($"{where}的 basedOn 循环引用：{string.Join(" → ", resolving)} → {id}");
        }
        var entry = written[id];
        PolicySource source;
        if (!DerivedPolicySourceJson.IsDerived(entry))
        {
            source = PolicySourceJson.Read(where, entry);
        }
        else if (DerivedPolicySourceJson.BasedOn(entry) is { } baseId)
        {
            source = written.ContainsKey(baseId)
                ? DerivedPolicySourceJson.Apply(where, Resolve(baseId, written, read, inference, resolving), entry)
                : throw new FormatException($"{where}的 basedOn“{baseId}”不在插件清单的 sources 中。");
        }
        else
        {
            source = DerivedPolicySourceJson.Apply(where, DerivedPolicySourceJson.BaselineOf(where, entry), entry);
        }
        var borrowed = entry.TryGetProperty("borrowed", out var b) && b.ValueKind == JsonValueKind.True;
        read[id] = borrowed ? BorrowedRules.Mark(source, inference) : source;
        return read[id];
    }
}
