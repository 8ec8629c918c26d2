using Reserve.Channels;
using Reserve.Channels.Validation;
using Reserve.Matching;
using Reserve.Matching.Golden;
using Reserve.Rendering;

namespace Reserve.Documents;

/// <summary>
/// Validation: every template a channel declares renders in the document sandbox (draft mode) for a sample
/// project — the channel's first golden case expected to be 符合, else its first case — with the match result
/// the engine gives it, so a misspelt field or a refused include shows before any clerk asks for the document.
/// </summary>
public sealed class TemplateSandboxCheck(string sharedTemplatesFolder, TimeProvider? time = null) : IPluginCheck
{
    private readonly DocumentRenderer _renderer = new(time);

    public string Name => "文书模板";

    public IReadOnlyList<string> Run(LoadedPlugin plugin)
    {
        var problems = new List<string>();
        var cases = GoldenCaseFiles.Read(plugin).Cases;
        foreach (var definition in plugin.Channels.Where(c => c.Templates.Count > 0))
        {
            var channel = new ActiveChannel(definition, plugin);
            var ofChannel = cases.Where(c => c.ChannelId == definition.Id).ToList();
            var sample = ofChannel.FirstOrDefault(c => c.Expect["verdict"]?.ToString() == "符合") ?? ofChannel.FirstOrDefault();
            if (sample is null)
            {
                problems.Add($"渠道 {definition.Id} 有文书模板，但没有核对用例可作样例项目，模板无法试渲染");
                continue;
            }
            var match = MatchEngine.MatchChannel(sample.Project, channel, sample.AsOf);
            foreach (var template in definition.Templates)
            {
                var request = DocumentRequest.For(channel, template, sharedTemplatesFolder, sample.Project, match, DocumentMode.Draft, sample.AsOf);
                var result = _renderer.Render(request);
                problems.AddRange(result.Problems.Select(p => $"渠道 {definition.Id} 模板 {template.Id}（样例“{sample.Name}”）：{p}"));
            }
        }
        return problems;
    }
}
