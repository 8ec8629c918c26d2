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

    // Each active channel's rules as an array, in catalog order: the hot loop indexes an array, not a list.
    private readonly EligibilityRule[][] _rules = catalog.Channels.Select(c => ChannelEvaluator.RuleArray(c.Definition.Rules)).ToArray();

    /// <summary>Every active channel for one project, ranked: eligible first, then by score.</summary>
    public IReadOnlyList<MatchResult> Match(ProjectRecord project, DateOnly asOf)
    {
        var context = new RuleContext(asOf);
        var channels = Catalog.Channels;
        var results = new List<MatchResult>(channels.Count);
        for (var i = 0; i < channels.Count; i++)
        {
            results.Add(Match(project, channels[i], _rules[i], context));
        }
        return CrossChannelConstraints.Apply(Rank(results), id => Catalog.Find(id)?.Definition.Parent);
    }

    /// <summary>One project against one channel; needs no catalog (golden cases, single re-checks).</summary>
    public static MatchResult MatchChannel(ProjectRecord project, ActiveChannel channel, DateOnly asOf) =>
        Match(project, channel, ChannelEvaluator.RuleArray(channel.Definition.Rules), new RuleContext(asOf));

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
        // Per channel, once: its rules as an array, a verdict buffer, and whether it is valid on the date.
        var rules = new EligibilityRule[channels.Count][];
        var buffers = new RuleVerdict[channels.Count][];
        var valid = new bool[channels.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = new VerdictCounts();
            var definition = channels[i].Definition;
            rules[i] = _rules[i];
            buffers[i] = new RuleVerdict[rules[i].Length];
            valid[i] = definition.IsValidOn(asOf);
        }
        foreach (var project in projects)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                var verdict = valid[i]
                    ? ChannelEvaluator.Evaluate(project, rules[i], context, buffers[i]).Verdict
                    : MatchVerdict.Ineligible;
                counts[i].Add(verdict);
            }
        }
        return channels.Select((c, i) => (c.Id, counts[i])).ToDictionary(x => x.Id, x => x.Item2);
    }

    private static MatchResult Match(ProjectRecord project, ActiveChannel channel, EligibilityRule[] rules, RuleContext context)
    {
        if (!channel.Definition.IsValidOn(context.AsOf))
        {
            return MatchExplainer.OutOfPeriod(project, channel, context.AsOf);
        }
        try
        {
            var evaluation = ChannelEvaluator.Evaluate(project, rules, context, new RuleVerdict[rules.Length]);
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
