using Reserve.Channels;
using Reserve.Sdk.Projects;

namespace Reserve.Matching.Flips;

/// <summary>
/// Runs each project through the active version's channels and the candidate's, one project at a time (the
/// reserve is streamed, never held), and keeps only what differs. Projects without an id cannot be told apart
/// and are counted but not listed. <paramref name="maxListed"/> bounds the listed projects; counts are always complete.
/// </summary>
public sealed class FlipReportBuilder
{
    private readonly LoadedPlugin? _active;
    private readonly LoadedPlugin _candidate;
    private readonly DateOnly _asOf;
    private readonly int _maxListed;
    private readonly List<(string Id, ActiveChannel? Active, ActiveChannel? Candidate, string Name)> _channels;
    private readonly Dictionary<(string Channel, MatchVerdict? From, MatchVerdict? To), int> _counts = [];
    private readonly List<ProjectFlip> _changes = [];
    private int _projects;

    public FlipReportBuilder(LoadedPlugin? active, LoadedPlugin candidate, DateOnly asOf, int maxListed = 10_000)
    {
        if (candidate.Status != PluginStatus.Active)
        {
            throw new ArgumentException($"候选插件未能加载：{candidate.Fault}", nameof(candidate));
        }
        _active = active is { Status: PluginStatus.Active } ? active : null;
        _candidate = candidate;
        _asOf = asOf;
        _maxListed = maxListed;
        var before = _active?.Channels.ToDictionary(c => c.Id, c => new ActiveChannel(c, _active), StringComparer.Ordinal) ?? [];
        var after = candidate.Channels.ToDictionary(c => c.Id, c => new ActiveChannel(c, candidate), StringComparer.Ordinal);
        _channels = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(id => (id, before.GetValueOrDefault(id), after.GetValueOrDefault(id), (after.GetValueOrDefault(id) ?? before[id]).Definition.Name))
            .ToList();
    }

    public void Add(ProjectRecord project)
    {
        _projects++;
        foreach (var (id, active, candidate, _) in _channels)
        {
            var before = active is null ? null : MatchEngine.MatchChannel(project, active, _asOf);
            var after = candidate is null ? null : MatchEngine.MatchChannel(project, candidate, _asOf);
            if (before?.Verdict == after?.Verdict)
            {
                continue;
            }
            var key = (id, before?.Verdict, after?.Verdict);
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
            if (_changes.Count < _maxListed && project.Id is { } projectId)
            {
                _changes.Add(new ProjectFlip(projectId, project.Name, id, before?.Verdict, after?.Verdict, RulesThatChanged(before, after)));
            }
        }
    }

    public FlipReport Build()
    {
        var names = _channels.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        var counts = _counts.Select(kv => new VerdictFlipCount(kv.Key.Channel, names[kv.Key.Channel], kv.Key.From, kv.Key.To, kv.Value))
            .OrderBy(c => c.ChannelId, StringComparer.Ordinal).ThenBy(c => c.From).ThenBy(c => c.To)
            .ToList();
        return new FlipReport(_candidate.Id, _active?.Version, _candidate.Version, _asOf, _projects, counts,
            _changes.OrderBy(c => c.ChannelId, StringComparer.Ordinal).ThenBy(c => c.ProjectId, StringComparer.Ordinal).ToList())
        {
            PluginName = _candidate.Manifest?.Name,
        };
    }

    private static List<RuleFlip> RulesThatChanged(MatchResult? before, MatchResult? after)
    {
        var old = before?.Rules.ToDictionary(r => r.RuleId, StringComparer.Ordinal) ?? [];
        var now = after?.Rules.ToDictionary(r => r.RuleId, StringComparer.Ordinal) ?? [];
        var flips = new List<RuleFlip>();
        foreach (var id in old.Keys.Union(now.Keys))
        {
            var o = old.GetValueOrDefault(id);
            var n = now.GetValueOrDefault(id);
            if (o?.Verdict != n?.Verdict)
            {
                flips.Add(new RuleFlip(id, (n ?? o)!.Title, o?.Verdict, n?.Verdict));
            }
        }
        return flips;
    }
}
