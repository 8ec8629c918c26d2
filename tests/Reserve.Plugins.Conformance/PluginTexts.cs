using Reserve.Channels;
using Reserve.Matching;
using Reserve.Matching.Golden;
using Reserve.Sdk.Rules;

namespace Reserve.Plugins.Conformance;

/// <summary>One text a plugin shows people, where it stands, and whether only maintainers read it (a source's note).</summary>
internal sealed record PluginText(string Where, string? Text, bool ForMaintainers = false);

/// <summary>
/// Every text of one plugin that reaches a page, a document or an export, gathered once for the checks on text:
/// the manifest's notes, authority, windows and policies, the parameters' labels and sources, each channel's summary,
/// period, facts, rules and materials, and every message its golden cases produce (rule reasons, estimate, timing,
/// readiness). A message may quote the project's own 项目代码 (a malformed one, say): that is the clerk's entry, not
/// the plugin's, so it is left out.
/// </summary>
internal static class PluginTexts
{
    public static List<PluginText> Of(string folder)
    {
        var plugin = PluginConformanceTests.Catalog.Value.Plugins.Single(p => Path.GetFileName(p.Folder) == folder);
        var manifest = plugin.Manifest!;
        var texts = new List<PluginText>
        {
            new("plugin.json notes", manifest.Notes),
            new("plugin.json authority", manifest.Authority),
        };
        texts.AddRange(manifest.Windows.Select(w => new PluginText($"plugin.json windows {w.Name}", w.Name + w.Source)));
        texts.AddRange(manifest.Policies.Select(p => new PluginText("plugin.json policies", p.DocNumber + p.Title)));
        foreach (var info in plugin.Parameters.All)
        {
            texts.Add(new($"参数 {info.Key}", info.Label));
            AddSource(texts, $"参数 {info.Key}", info.Source);
        }
        foreach (var channel in plugin.Channels)
        {
            texts.Add(new($"{channel.Id} summary", channel.Summary));
            AddSource(texts, $"{channel.Id} period", channel.PeriodSource);
            texts.AddRange(channel.Facts.Select(f => new PluginText($"{channel.Id}/{f.Key}", f.Label + f.Help + string.Concat(f.Options ?? []))));
            foreach (var rule in channel.Rules)
            {
                texts.Add(new($"{channel.Id}/{rule.Id} title", rule.Title));
                AddSource(texts, $"{channel.Id}/{rule.Id}", rule.Source);
            }
            foreach (var material in channel.Materials)
            {
                texts.Add(new($"{channel.Id}/{material.Id}", material.Name + material.Evidence));
                AddSource(texts, $"{channel.Id}/{material.Id}", material.Source);
            }
            foreach (var @case in GoldenCaseFiles.Load(plugin, channel.Id))
            {
                var result = MatchEngine.MatchChannel(@case.Project, new ActiveChannel(channel, plugin), @case.AsOf);
                var where = $"{@case.File}#{@case.Index}";
                string? Own(string? text) => @case.Project.Code is { Length: > 0 } code ? text?.Replace(code, "", StringComparison.Ordinal) : text;
                foreach (var o in result.Rules)
                {
                    texts.Add(new($"{where} {o.RuleId}", Own(o.Message + o.SourceCitation)));
                    texts.Add(new($"{where} {o.RuleId} note", o.SourceNote, ForMaintainers: true));
                }
                texts.Add(new($"{where} estimate", Own(result.EstimateBasis)));
                texts.Add(new($"{where} timing", Own(result.Timing?.Message)));
                texts.AddRange(result.Readiness.Select(r => new PluginText($"{where} {r.Id}", Own(r.Message + r.SourceCitation))));
            }
        }
        return texts;
    }

    private static void AddSource(List<PluginText> texts, string where, PolicySource? source)
    {
        if (source is not null)
        {
            texts.Add(new(where + " citation", source.Citation));
            texts.Add(new(where + " note", source.Note, ForMaintainers: true));
        }
    }
}
