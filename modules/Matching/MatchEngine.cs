using Reserve.Channels;
using Reserve.Matching.Engine;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching;

/// <summary>Matches projects against the active channels of a catalog, as of a date.</summary>
public sealed class MatchEngine
{
    /// <summary>The id of the single outcome reported when the match date is outside a channel's validity period.</summary>
    public const string PeriodRuleId = "CHANNEL-PERIOD";

    // Each active channel's rules laid out for the hot loop, in catalog order, for the catalog's serving set
    // they were compiled from: compiled again (and swapped whole) when an activation changes that set.
    private volatile Compiled _compiled;

    public MatchEngine(ChannelCatalog catalog)
    {
        Catalog = catalog;
        _compiled = new Compiled(catalog.Active);
    }

    public ChannelCatalog Catalog { get; }

    internal CompiledChannel[] Channels
    {
        get
        {
            var compiled = _compiled;
            var active = Catalog.Active;
            if (!ReferenceEquals(compiled.Set, active))
            {
                compiled = new Compiled(active);
                _compiled = compiled;
            }
            return compiled.Channels;
        }
    }

    private sealed class Compiled(ActiveSet set)
    {
        public ActiveSet Set { get; } = set;
        public CompiledChannel[] Channels { get; } = [.. set.Channels.Select(c => new CompiledChannel(c))];
    }

    /// <summary>Every active channel for one project, ranked: eligible first, then by score.</summary>
    public IReadOnlyList<MatchResult> Match(ProjectRecord project, DateOnly asOf)
    {
        var context = new RuleContext(asOf);
        var snapshot = ProjectSnapshot.Of(project);
        var channels = Channels;
        var results = new List<MatchResult>(channels.Length);
        foreach (var channel in channels)
        {
            results.Add(Match(snapshot, channel, context));
        }
        return RankAcrossChannels(results);
    }

    /// <summary>One project against one channel; needs no catalog (golden cases, single re-checks).</summary>
    public static MatchResult MatchChannel(ProjectRecord project, ActiveChannel channel, DateOnly asOf) =>
        Match(ProjectSnapshot.Of(project), new CompiledChannel(channel), new RuleContext(asOf));

    /// <summary>
    /// Every project against every active channel in one pass of the rules, keeping each rule's verdict so
    /// that any result can be explained afterwards (<see cref="MatchBatch.Explain(int, int)"/>). With
    /// <paramref name="degreeOfParallelism"/> above 1 the projects are shared among that many threads, each
    /// with its own rule context; rules are functions of the project and the date, so they may run at once
    /// on different projects.
    /// </summary>
    public MatchBatch Evaluate(IReadOnlyList<ProjectRecord> projects, DateOnly asOf, int degreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        return MatchBatch.Run(this, projects, null, asOf, degreeOfParallelism);
    }

    /// <summary>
    /// The same over snapshots the caller keeps (<see cref="ProjectSnapshot.Of"/>), for a reserve matched again
    /// and again without changing: the pass then reads only the snapshots, not the records.
    /// </summary>
    public MatchBatch Evaluate(IReadOnlyList<ProjectSnapshot> snapshots, DateOnly asOf, int degreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        return MatchBatch.Run(this, new SnapshotRecords(snapshots), snapshots, asOf, degreeOfParallelism);
    }

    /// <summary>Eligible, then to verify, then needs-information, then ineligible, then errors; by score within each.</summary>
    public static IReadOnlyList<MatchResult> Rank(IEnumerable<MatchResult> results) =>
        results.OrderBy(r => r.Verdict switch
            {
                MatchVerdict.Eligible => 0,
                MatchVerdict.Unconfirmed => 1,
                MatchVerdict.NeedsInformation => 2,
                MatchVerdict.Ineligible => 3,
                _ => 4,
            })
            .ThenByDescending(r => r.Score)
            .ThenByDescending(r => r.EstimatedAmount ?? 0)
            .ThenBy(r => r.ChannelId, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Verdict counts per channel without building any explanation or keeping the rule verdicts: the path for
    /// bulk statistics over a stream of projects, one thread.
    /// </summary>
    public IReadOnlyDictionary<string, VerdictCounts> Tally(IEnumerable<ProjectRecord> projects, DateOnly asOf)
    {
        var context = new RuleContext(asOf);
        var channels = Channels;
        var counts = new VerdictCounts[channels.Length];
        var valid = new bool[channels.Length];
        var buffer = new RuleVerdict[channels.Length == 0 ? 0 : channels.Max(c => c.Rules.Length)];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = new VerdictCounts();
            valid[i] = channels[i].IsValidOn(asOf);
        }
        foreach (var record in projects)
        {
            var project = ProjectSnapshot.Of(record);
            for (var i = 0; i < counts.Length; i++)
            {
                var verdict = valid[i]
                    ? ChannelEvaluator.Evaluate(project, channels[i], context, buffer, out _, out _)
                    : MatchVerdict.Ineligible;
                counts[i].Add(verdict);
            }
        }
        return channels.Select((c, i) => (c.Channel.Id, counts[i])).ToDictionary(x => x.Id, x => x.Item2);
    }

    /// <summary>Ranks one project's results and applies the constraints that span its channels.</summary>
    internal IReadOnlyList<MatchResult> RankAcrossChannels(IReadOnlyList<MatchResult> results) =>
        CrossChannelConstraints.Apply(Rank(results), id => Catalog.Find(id)?.Definition.Parent);

    private static MatchResult Match(ProjectSnapshot project, CompiledChannel channel, RuleContext context)
    {
        if (!channel.IsValidOn(context.AsOf))
        {
            return MatchExplainer.OutOfPeriod(project.Record, channel.Channel, context.AsOf);
        }
        return Explained(project, channel, context, ChannelEvaluator.Evaluate(project, channel, context));
    }

    /// <summary>The full explanation of an evaluation of a channel valid on the context's date.</summary>
    internal static MatchResult Explained(ProjectSnapshot project, CompiledChannel channel, RuleContext context, in ChannelEvaluation evaluation)
    {
        try
        {
            return MatchExplainer.Explain(project, channel, context, evaluation);
        }
        catch (Exception ex)
        {
            // An explanation that throws is the plugin's fault too; the project's other channels go on.
            return MatchExplainer.Failed(project.Record, channel.Channel, context.AsOf, $"解释生成出错：{ex.Message}");
        }
    }
}

/// <summary>How many projects got each verdict from one channel.</summary>
public sealed class VerdictCounts
{
    public int Eligible { get; private set; }
    public int Ineligible { get; private set; }
    public int NeedsInformation { get; private set; }
    public int Unconfirmed { get; private set; }
    public int Errors { get; private set; }
    public int Total => Eligible + Ineligible + NeedsInformation + Unconfirmed + Errors;

    internal void Add(MatchVerdict verdict, int count = 1)
    {
        switch (verdict)
        {
            case MatchVerdict.Eligible: Eligible += count; break;
            case MatchVerdict.Ineligible: Ineligible += count; break;
            case MatchVerdict.NeedsInformation: NeedsInformation += count; break;
            case MatchVerdict.Unconfirmed: Unconfirmed += count; break;
            default: Errors += count; break;
        }
    }
}
