using System.Text.Json;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Standard;

namespace Reserve.Sdk.Rules;

/// <summary>
/// The policy sources a plugin's rules cite, kept once, as data, in its manifest beside the policy documents:
/// <code>"sourceInference": "…", "sources": { "scope": { "citation": "…", "url": "…", "confidence": "unverified",
///   "note": "…", "borrowed": true } }</code>
/// Rules refer to a source by its id. A <c>borrowed</c> source is a national one applied to the programme by inference:
/// it reads as <see cref="BorrowedRules.Mark"/> makes it, with <c>sourceInference</c> added to its note. A source may be a
/// variant of another (<c>basedOn</c>, <c>baseline</c>: see <see cref="DerivedPolicySourceJson"/>), and a parameter may
/// cite a source by its id (<see cref="Parameters.ParameterTable.Parse(string, PolicySourceTable)"/>).
/// </summary>
public sealed partial class PolicySourceTable
{
    private readonly Dictionary<string, PolicySource> _sources;

    private PolicySourceTable(Dictionary<string, PolicySource> sources, string inference)
    {
        _sources = sources;
        Inference = inference;
    }

    /// <summary>What the plugin adds to the note of every borrowed source (empty when it borrows none).</summary>
    public string Inference { get; }

    public PolicySource this[string id] =>
        _sources.TryGetValue(id, out var source) ? source : throw new KeyNotFoundException($"插件清单的 sources 中没有出处 {id}。");

    /// <summary>The sources of the plugin's manifest (<c>plugin.json</c> in its folder).</summary>
    public static PolicySourceTable Load(PluginContext context) =>
        Parse(File.ReadAllText(Path.Combine(context.Directory, "plugin.json")));

    /// <summary>Reads the sources of a manifest; throws <see cref="FormatException"/> with a Chinese message naming the source.</summary>
    public static PolicySourceTable Parse(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var inference = doc.RootElement.TryGetProperty("sourceInference", out var i) ? i.GetString() ?? "" : "";
        var sources = doc.RootElement.TryGetProperty("sources", out var list)
            ? PolicySourceEntries.Read(list, inference)
            : new Dictionary<string, PolicySource>(StringComparer.Ordinal);
        return new PolicySourceTable(sources, inference);
    }
}
