using System.Text;
using System.Text.Json.Nodes;

namespace Reserve.Testing.Fuzzing;

/// <summary>
/// Mutations of a JSON document for the fuzzers of the JSON reader and of the API bodies: a value replaced by one of
/// another type or an extreme (or removed), the text edited, or the bytes damaged.
/// </summary>
internal static class JsonMutations
{
    /// <summary>Values of the record replaced by others of any type (kinds 0-4), text edits (5-7), raw bytes (8-9).</summary>
    public static byte[] Apply(string seed, int kind, int[] ops)
    {
        if (kind >= 8)
        {
            return Mutations.Bytes(Encoding.UTF8.GetBytes(seed), ops);
        }
        if (kind >= 5)
        {
            return Encoding.UTF8.GetBytes(Mutations.Text(seed, ops));
        }
        var root = JsonNode.Parse(seed)!;
        foreach (var op in ops)
        {
            var nodes = Walk(root).Where(n => n.Parent is not null).ToList();
            if (nodes.Count == 0)
            {
                break;
            }
            var node = nodes[op % nodes.Count];
            var replacement = Replacement(op >> 8);
            switch (node.Parent)
            {
                case JsonObject parent:
                    var key = parent.First(p => ReferenceEquals(p.Value, node)).Key;
                    if ((op >> 4 & 3) == 0)
                    {
                        parent.Remove(key);
                    }
                    else
                    {
                        parent[key] = replacement;
                    }
                    break;
                case JsonArray array:
                    array[array.IndexOf(node)] = replacement;
                    break;
            }
        }
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static JsonNode? Replacement(int n) => ((uint)n % 8) switch
    {
        0 => JsonValue.Create(Mutations.Pick(n >> 3)),
        1 => JsonValue.Create(decimal.MaxValue),
        2 => JsonValue.Create(-(n >> 3)),
        3 => JsonValue.Create(1e300),
        4 => JsonValue.Create((n & 8) == 0),
        5 => null,
        6 => new JsonArray(JsonValue.Create(Mutations.Pick(n >> 3)), null, new JsonObject()),
        _ => Deep(n % 200 + 1),
    };

    private static JsonNode Deep(int levels)
    {
        JsonNode node = new JsonObject { ["x"] = 1 };
        for (var i = 0; i < levels; i++)
        {
            node = new JsonArray(node);
        }
        return node;
    }

    private static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.ToList())
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }

}
