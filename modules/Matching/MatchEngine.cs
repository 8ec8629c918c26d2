using Reserve.Channels;
using Reserve.Matching.Engine;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching;

/// <summary>Matches projects against the active channels of a catalog, as of a date.</summary>
public sealed class MatchEngine(ChannelCatalog catalog)
{
    /// <summary>The id of the single outcome reported when the match date is outside a channel's validity period.</summary>
    public const string PeriodRuleId = "CHANNEL-PERIOD";

    public ChannelCatalog Catalog { get; } = catalog;

    /// <summary>Every active channel for one project, ranked: eligible first, then by score.</summary>
    public IReadOnlyList<MatchResult> Match(ProjectRecord project, DateOnly asOf)
    {
        var context = new RuleContext(asOf);
        var results = new List<MatchResult>(Catalog.Channels.Count);
        foreach (var channel in Catalog.Channels)
        {
            results.Add(Match(project, channel, context));
        }
        return CrossChannelConstraints.Apply(Rank(results), id => Catalog.Find(id)?.Definition.Parent);
    }

    /// <summary>One project against one channel; needs no catalog (golden cases, single re-checks).</summary>
    public static MatchResult MatchChannel(ProjectRecord project, ActiveChannel channel, DateOnly asOf) => Match(project, channel, new RuleContext(asOf));

    /// <summary>Eligible, then needs-information, then ineligible, then errors; by score within each.</summary>
    public static IReadOnlyList<MatchResult> Rank(IEnumerable<MatchResult> results) =>
        results.OrderBy(r => r.Verdict switch
            {
                MatchVerdict.Eligible => 0,
                MatchVerdict.NeedsInformation => 1,
                MatchVerdict.Ineligible => 2,
                _ => 3,
            })
            .ThenByDescending(r => r.Score)
            .ThenByDescending(r => r.EstimatedAmount ?? 0)
            .ThenBy(r => r.ChannelId, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Verdict counts per channel without building any explanation: the path for bulk statistics and
    /// benchmarks, where messages are not shown.
    /// </summary>
    public IReadOnlyDictionary<string, VerdictCounts> Tally(IEnumerable<ProjectRecord> projects, DateOnly asOf)
    {
        var context = new RuleContext(asOf);
        var channels = Catalog.Channels;
        var counts = new VerdictCounts[channels.Count];
        var buffers = channels.Select(c => new RuleVerdict[c.Definition.Rules.Count]).ToArray();
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = new VerdictCounts();
        }
        foreach (var project in projects)
        {
            for (var i = 0; i < channels.Count; i++)
            {
                var definition = channels[i].Definition;
                var verdict = definition.IsValidOn(asOf)
                    ? ChannelEvaluator.Evaluate(project, definition, context, buffers[i]).Verdict
                    : MatchVerdict.Ineligible;
                counts[i].Add(verdict);
            }
        }
        return channels.Select((c, i) => (c.Id, counts[i])).ToDictionary(x => x.Id, x => x.Item2);
    }

    private static MatchResult Match(ProjectRecord project, ActiveChannel channel, RuleContext context)
    {
        if (!channel.Definition.IsValidOn(context.AsOf))
        {
            return MatchExplainer.OutOfPeriod(project, channel, context.AsOf);
        }
        try
        {
            var evaluation = ChannelEvaluator.Evaluate(project, channel.Definition, context, new RuleVerdict[channel.Definition.Rules.Count]);
            return MatchExplainer.Explain(project, channel, context, evaluation);
        }
        catch (Exception ex)
        {
            // An explanation that throws is the plugin's fault too; the project's other channels go on.
            return MatchExplainer.Failed(project, channel, context.AsOf, $"解释生成出错：{ex.Message}");
        }
    }
}

/// <summary>How many projects got each verdict from one channel.</summary>
public sealed class VerdictCounts
{
    public int Eligible { get; private set; }
    public int Ineligible { get; private set; }
    public int NeedsInformation { get; private set; }
    public int Errors { get; private set; }
    public int Total => Eligible + Ineligible + NeedsInformation + Errors;

    internal void Add(MatchVerdict verdict, int count = 1)
    {
        switch (verdict)
        {
            case MatchVerdict.Eligible: Eligible += count; break;
            case MatchVerdict.Ineligible: Ineligible += count; break;
            case MatchVerdict.NeedsInformation: NeedsInformation += count; break;
            default: Errors += count; break;
        }
    }
}
