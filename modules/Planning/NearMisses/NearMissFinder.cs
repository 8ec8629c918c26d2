using Reserve.Matching;
using Reserve.Planning.NearMisses;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Planning;

/// <summary>
/// For every project × channel that is not 符合, the smallest sets of record changes that make it 符合. Each
/// single change of the catalog is run through the engine; one that makes the pair 符合 is a near-miss, one
/// that clears a failing or unknown condition without finishing the job is combined with the others (pairs,
/// then triples) and run again. Nothing is kept that the engine did not accept on the changed record.
/// Ranked by effort (材料 &lt; 审批 &lt; 资金 &lt; 建设内容), then fewer changes, then the money unlocked.
/// </summary>
public sealed class NearMissFinder(MatchEngine engine)
{
    /// <summary>At most this many near-misses per pair: the cheapest ones are what a department acts on.</summary>
    public const int PerPair = 3;

    private const int MaxChanges = 3;
    private const int MaxCombinations = 60;

    /// <summary>For every project of a batch.</summary>
    public IReadOnlyList<NearMiss> Find(MatchBatch batch) => Find(batch, Enumerable.Range(0, batch.Projects.Count));

    /// <summary>For the given projects of a batch (indexes into <see cref="MatchBatch.Projects"/>).</summary>
    public IReadOnlyList<NearMiss> Find(MatchBatch batch, IEnumerable<int> projects)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var result = new List<NearMiss>();
        foreach (var p in projects)
        {
            result.AddRange(ForProject(batch, p));
        }
        return Ranked(result);
    }

    /// <summary>
    /// The projects most worth examining when there is no time for all: those with a channel not yet 符合,
    /// largest total investment first.
    /// </summary>
    public static IReadOnlyList<int> WorthExamining(MatchBatch batch, int count) =>
        [.. Enumerable.Range(0, batch.Projects.Count)
            .Where(p => Enumerable.Range(0, batch.Channels.Count).Any(c => batch.Verdict(p, c) is MatchVerdict.Ineligible or MatchVerdict.NeedsInformation or MatchVerdict.Unconfirmed))
            .OrderByDescending(p => batch.Projects[p].TotalInvestment)
            .ThenBy(p => p)
            .Take(count)];

    /// <summary>For one project (the project page's 怎样才能符合).</summary>
    public IReadOnlyList<NearMiss> Find(ProjectRecord project, DateOnly asOf) =>
        ForProject(engine.Evaluate([project], asOf), 0);

    private List<NearMiss> ForProject(MatchBatch batch, int p)
    {
        var record = batch.Projects[p];
        var channels = batch.Channels;
        var targets = new Dictionary<int, MatchResult>();
        for (var c = 0; c < channels.Count; c++)
        {
            if (batch.Verdict(p, c) is MatchVerdict.Ineligible or MatchVerdict.NeedsInformation or MatchVerdict.Unconfirmed && channels[c].Definition.IsValidOn(batch.AsOf))
            {
                targets[c] = batch.Explain(p, c);
            }
        }
        if (targets.Count == 0)
        {
            return [];
        }
        var missing = targets.Values.SelectMany(r => r.MissingFacts.Select(m => m.Key)).ToHashSet(StringComparer.Ordinal);
        var facts = engine.Catalog.ChannelFacts.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var levers = LeverCatalog.For(record, missing, facts);

        var solutions = targets.Keys.ToDictionary(c => c, _ => new List<IReadOnlyList<RecordChange>>());
        var helpful = targets.Keys.ToDictionary(c => c, _ => new List<RecordChange>());
        foreach (var lever in levers)
        {
            var changed = engine.Evaluate([RecordChanges.Apply(record, [lever], batch.AsOf)], batch.AsOf);
            foreach (var (c, before) in targets)
            {
                if (changed.Verdict(0, c) == MatchVerdict.Eligible)
                {
                    solutions[c].Add([lever]);
                }
                else if (Blocking(changed.Explain(0, c)) < Blocking(before))
                {
                    helpful[c].Add(lever);
                }
            }
        }
        foreach (var c in targets.Keys.Where(c => solutions[c].Count == 0))
        {
            solutions[c].AddRange(Combinations(record, c, helpful[c], batch.AsOf));
        }

        var result = new List<NearMiss>();
        foreach (var (c, found) in solutions)
        {
            var channel = channels[c];
            result.AddRange(found
                .Select(changes => ToNearMiss(record, channel.Definition, changes, batch.AsOf))
                .OrderBy(n => n.Effort)
                .ThenBy(n => n.Changes.Count)
                .ThenBy(n => n.Changes.Sum(ch => (int)ch.Effort))
                .ThenByDescending(n => n.Unlocks)
                .Take(PerPair));
        }
        return Ranked(result);
    }

    /// <summary>The cheapest kind of change first; within it, the most money unlocked.</summary>
    private static List<NearMiss> Ranked(IEnumerable<NearMiss> misses) =>
        [.. misses
            .OrderBy(n => n.Effort)
            .ThenByDescending(n => n.Unlocks)
            .ThenBy(n => n.ProjectId, StringComparer.Ordinal)
            .ThenBy(n => n.ChannelId, StringComparer.Ordinal)
            .ThenBy(n => n.Changes.Count)];

    /// <summary>The smallest combinations of helpful changes (one per field) that the engine accepts.</summary>
    private IEnumerable<IReadOnlyList<RecordChange>> Combinations(ProjectRecord record, int channel, List<RecordChange> helpful, DateOnly asOf)
    {
        var tried = 0;
        for (var size = 2; size <= Math.Min(MaxChanges, helpful.Count); size++)
        {
            var found = new List<IReadOnlyList<RecordChange>>();
            foreach (var set in Subsets(helpful, size))
            {
                if (set.Select(s => s.Field).Distinct(StringComparer.Ordinal).Count() < set.Count || ++tried > MaxCombinations)
                {
                    continue;
                }
                var changed = engine.Evaluate([RecordChanges.Apply(record, set, asOf)], asOf);
                if (changed.Verdict(0, channel) == MatchVerdict.Eligible)
                {
                    found.Add(set);
                }
            }
            if (found.Count > 0)
            {
                return found;
            }
        }
        return [];
    }

    private static IEnumerable<IReadOnlyList<RecordChange>> Subsets(List<RecordChange> items, int size, int start = 0)
    {
        if (size == 0)
        {
            yield return [];
            yield break;
        }
        for (var i = start; i <= items.Count - size; i++)
        {
            foreach (var rest in Subsets(items, size - 1, i + 1))
            {
                yield return [items[i], .. rest];
            }
        }
    }

    /// <summary>Deciding conditions that fail or lack a fact.</summary>
    private static int Blocking(MatchResult result) =>
        result.Rules.Count(r => r.Kind is RuleKind.HardCondition or RuleKind.Exclusion && r.Verdict is RuleVerdict.Fail or RuleVerdict.Unknown);

    private NearMiss ToNearMiss(ProjectRecord record, Reserve.Sdk.Channels.ChannelDefinition channel, IReadOnlyList<RecordChange> changes, DateOnly asOf)
    {
        var changed = RecordChanges.Apply(record, changes, asOf);
        var unlocks = 0m;
        try
        {
            unlocks = channel.Estimate?.Invoke(changed, new RuleContext(asOf))?.Amount ?? 0m;
        }
        catch (Exception)
        {
            // A faulty estimate unlocks nothing the plan could count on; the match page names the fault.
        }
        return new NearMiss(record.Id ?? "", record.Name, channel.Id, channel.Name, changes, changes.Max(c => c.Effort), unlocks, Verified: true);
    }
}
