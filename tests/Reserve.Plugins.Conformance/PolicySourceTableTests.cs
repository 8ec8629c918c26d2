using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;
using Xunit;

namespace Reserve.Plugins.Conformance;

/// <summary>
/// A plugin keeps each policy source once, in its manifest, and every source there is cited by something the plugin
/// shows (a rule, a material, a channel's period or a parameter): a source nothing cites is text nobody reads or checks.
/// </summary>
public sealed class PolicySourceTableTests
{
    [Theory]
    [MemberData(nameof(PluginConformanceTests.PluginFolders), MemberType = typeof(PluginConformanceTests))]
    public void Every_manifest_source_is_cited(string folder)
    {
        var plugin = PluginConformanceTests.Catalog.Value.Plugins.Single(p => Path.GetFileName(p.Folder) == folder);
        var table = PolicySourceTable.Parse(File.ReadAllText(Path.Combine(plugin.Folder, "plugin.json")));
        var cited = plugin.Channels
            .SelectMany(c => c.Rules.Select(r => r.Source).Concat(c.Materials.Select(m => m.Source)).Append(c.PeriodSource))
            .Concat(plugin.Parameters.All.Select(p => p.Source))
            .OfType<PolicySource>()
            .Select(Document)
            .ToHashSet();
        var uncited = table.Ids.Where(id => !cited.Contains(Document(table[id]))).ToList();
        Assert.True(uncited.Count == 0, $"{folder}: 插件清单中无人引用的出处：{string.Join("、", uncited)}");
    }

    /// <summary>
    /// The document a source cites: a provincial channel marks what it borrows (citation mark, inference flag, a note
    /// of its own), and a parameter may add a note, yet each still cites the manifest's source.
    /// </summary>
    private static string Document(PolicySource source) => source.Citation.Replace(BorrowedRules.Marker, "", StringComparison.Ordinal);
}
