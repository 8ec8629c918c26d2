using System.Collections.Concurrent;
using Reserve.Channels;
using Reserve.Matching.Engine;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching;

/// <summary>
/// The verdict of every project against every active channel as of one date, from one pass of the rules
/// (<see cref="MatchEngine.Evaluate"/>). Every rule's verdict is kept (one byte each), so any result can be
/// explained afterwards — the same <see cref="MatchResult"/> that <see cref="MatchEngine.Match"/> gives —
/// without running the tests again: the verdict path stays cheap and the explanation stays available.
/// </summary>
public sealed class MatchBatch
{
    /// <summary>Projects handed to a thread at a time: large enough to amortise the hand-over, small enough to balance two cores.</summary>
    private const int ChunkSize = 512;

    private readonly MatchEngine _engine;
    private readonly CompiledChannel[] _channels;
    private readonly IReadOnlyList<ProjectRecord> _projects;

    // The caller's snapshots when it keeps them; otherwise each project's is taken once for all its channels and
    // dropped (kept, 100,000 of them would outlive the young generation and be copied by the collector).
    private readonly ProjectSnapshot[]? _snapshots;

    // Per channel: where its rule verdicts start within a project's row, or -1 when it is not valid on the date.
    private readonly int[] _ruleOffsets;
    private readonly int _rowLength;
    private readonly byte[] _verdicts;
    private readonly RuleVerdict[] _ruleVerdicts;

    // A rule that throws is rare; its message and position are kept apart from the dense arrays.
    private readonly ConcurrentDictionary<int, (int FailedRule, string Error)> _errors = new();

    private MatchBatch(MatchEngine engine, IReadOnlyList<ProjectRecord> projects, IReadOnlyList<ProjectSnapshot>? snapshots, DateOnly asOf)
    {
        _engine = engine;
        _channels = engine.Channels;
        _projects = projects;
        _snapshots = snapshots is null ? null : snapshots as ProjectSnapshot[] ?? [.. snapshots];
        AsOf = asOf;
        _ruleOffsets = new int[_channels.Length];
        var row = 0L;
        for (var c = 0; c < _channels.Length; c++)
        {
            _ruleOffsets[c] = _channels[c].IsValidOn(asOf) ? (int)row : -1;
            row += _channels[c].IsValidOn(asOf) ? _channels[c].Rules.Length : 0;
        }
        if (row * projects.Count > Array.MaxLength || (long)_channels.Length * projects.Count > Array.MaxLength)
        {
            throw new ArgumentException($"一次评估 {projects.Count} 个项目过多（每个项目 {row} 条规则），请分批评估。", nameof(projects));
        }
        _rowLength = (int)row;
        _verdicts = new byte[_channels.Length * projects.Count];
        _ruleVerdicts = new RuleVerdict[_rowLength * projects.Count];
    }

    public DateOnly AsOf { get; }

    /// <summary>The projects, in the order the indexes of this batch refer to.</summary>
    public IReadOnlyList<ProjectRecord> Projects => _projects;

    /// <summary>The active channels, in the order the indexes of this batch refer to (the catalog's).</summary>
    public IReadOnlyList<ActiveChannel> Channels => _engine.Catalog.Channels;

    /// <summary>Project-channel evaluations in the batch.</summary>
    public long Evaluations => (long)_projects.Count * _channels.Length;

    /// <summary>The verdict of one project against one channel; 不符合 when the date is outside the channel's period.</summary>
    public MatchVerdict Verdict(int project, int channel) => (MatchVerdict)_verdicts[Index(project, channel)];

    /// <summary>Verdict counts per channel id, in catalog order.</summary>
    public IReadOnlyDictionary<string, VerdictCounts> Counts()
    {
        var counts = new Dictionary<string, VerdictCounts>(StringComparer.Ordinal);
        var stride = _channels.Length;
        for (var c = 0; c < stride; c++)
        {
            var perVerdict = new int[Enum.GetValues<MatchVerdict>().Length];
            for (var index = c; index < _verdicts.Length; index += stride)
            {
                perVerdict[_verdicts[index]]++;
            }
            var channelCounts = new VerdictCounts();
            for (var v = 0; v < perVerdict.Length; v++)
            {
                channelCounts.Add((MatchVerdict)v, perVerdict[v]);
            }
            counts[_channels[c].Channel.Id] = channelCounts;
        }
        return counts;
    }

    /// <summary>
    /// The full explanation of one result, built from the kept rule verdicts: every rule's message and
    /// source, the missing facts and materials, the score and the estimate. An estimate that throws makes
    /// the explained verdict 评估出错, as in <see cref="MatchEngine.Match"/>; the estimate is not part of the verdict pass.
    /// </summary>
    public MatchResult Explain(int project, int channel) => Explain(project, CheckedSnapshot(project), channel, new RuleContext(AsOf));

    /// <summary>Every channel's result for one project, ranked and with the cross-channel constraints: what <see cref="MatchEngine.Match"/> returns.</summary>
    public IReadOnlyList<MatchResult> Explain(int project)
    {
        var context = new RuleContext(AsOf);
        // One snapshot for all the project's channels, as in the pass.
        var snapshot = CheckedSnapshot(project);
        var results = new List<MatchResult>(_channels.Length);
        for (var c = 0; c < _channels.Length; c++)
        {
            results.Add(Explain(project, snapshot, c, context));
        }
        return _engine.RankAcrossChannels(results);
    }

    /// <summary>
    /// What the results table keeps of one result — verdict, ranking score, estimated amount, the readiness and timing
    /// answers — from the kept rule verdicts and the channel's estimate, without any message; <see cref="Explain(int, int)"/>
    /// gives the same with the explanation. The estimate runs only for 符合, 待核实 and 待补充信息, as in an explanation.
    /// </summary>
    public ResultSummary Summarize(int project, int channel)
    {
        Index(project, channel);
        return Summarize(project, channel, new Lazy<ProjectSnapshot>(() => Snapshot(project), LazyThreadSafetyMode.None), new RuleContext(AsOf));
    }

    /// <summary>Every channel's <see cref="Summarize(int, int)"/> for one project, in catalog order, from one snapshot taken only if a readiness date needs it.</summary>
    public IReadOnlyList<ResultSummary> Summarize(int project)
    {
        var snapshot = new Lazy<ProjectSnapshot>(() => CheckedSnapshot(project), LazyThreadSafetyMode.None);
        var context = new RuleContext(AsOf);
        var summaries = new ResultSummary[_channels.Length];
        for (var c = 0; c < summaries.Length; c++)
        {
            summaries[c] = Summarize(project, c, snapshot, context);
        }
        return summaries;
    }

    private ResultSummary Summarize(int project, int channel, Lazy<ProjectSnapshot> snapshot, RuleContext context)
    {
        var index = Index(project, channel);
        var compiled = _channels[channel];
        var verdict = (MatchVerdict)_verdicts[index];
        if (_ruleOffsets[channel] < 0)
        {
            return new ResultSummary(verdict, 0m, null) { Timing = MatchExplainer.PeriodTiming(compiled.Channel, AsOf) };
        }
        // Every stored row carries its window, an error's too: an empty timing marks a row stored before answers were kept.
        var timing = StoredAnswers.Timing(compiled, AsOf);
        if (_errors.ContainsKey(index))
        {
            return new ResultSummary(verdict, 0m, null) { Timing = timing };
        }
        var evaluation = new ChannelEvaluation(verdict, new ReadOnlyMemory<RuleVerdict>(_ruleVerdicts, project * _rowLength + _ruleOffsets[channel], compiled.Rules.Length), null, -1);
        var (items, readyBy) = StoredAnswers.Readiness(snapshot, _projects[project], compiled, context, evaluation.Verdicts.Span, timing);
        var summary = new ResultSummary(verdict, evaluation.Score(compiled.Rules), null) { Timing = timing, ReadinessItems = items, ReadyBy = readyBy };
        if (verdict is not (MatchVerdict.Eligible or MatchVerdict.NeedsInformation or MatchVerdict.Unconfirmed) || compiled.Channel.Definition.Estimate is not { } estimate)
        {
            return summary;
        }
        try
        {
            return summary with { Amount = estimate(_projects[project], context)?.Amount };
        }
        catch (Exception)
        {
            // The explanation names the estimate's fault (资金测算出错); the table only needs the verdict it leads to.
            return new ResultSummary(MatchVerdict.Error, 0m, null) { Timing = timing };
        }
    }

    internal static MatchBatch Run(MatchEngine engine, IReadOnlyList<ProjectRecord> projects, IReadOnlyList<ProjectSnapshot>? snapshots, DateOnly asOf, int degreeOfParallelism)
    {
        var batch = new MatchBatch(engine, projects, snapshots, asOf);
        var count = projects.Count;
        if (degreeOfParallelism == 1 || count <= ChunkSize)
        {
            batch.EvaluateRange(0, count, new RuleContext(asOf));
            return batch;
        }
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, count, ChunkSize),
            new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism },
            () => new RuleContext(asOf),
            (range, _, context) =>
            {
                batch.EvaluateRange(range.Item1, range.Item2, context);
                return context;
            },
            _ => { });
        return batch;
    }

    private void EvaluateRange(int from, int to, RuleContext context)
    {
        var channels = _channels.Length;
        for (var p = from; p < to; p++)
        {
            var project = Snapshot(p);
            var verdictRow = p * channels;
            var ruleRow = p * _rowLength;
            for (var c = 0; c < channels; c++)
            {
                var offset = _ruleOffsets[c];
                if (offset < 0)
                {
                    _verdicts[verdictRow + c] = (byte)MatchVerdict.Ineligible;
                    continue;
                }
                var channel = _channels[c];
                var slot = _ruleVerdicts.AsSpan(ruleRow + offset, channel.Rules.Length);
                var verdict = ChannelEvaluator.Evaluate(project, channel, context, slot, out var failedRule, out var error);
                _verdicts[verdictRow + c] = (byte)verdict;
                if (error is not null)
                {
                    _errors[verdictRow + c] = (failedRule, error);
                }
            }
        }
    }

    private MatchResult Explain(int project, ProjectSnapshot snapshot, int channel, RuleContext context)
    {
        var index = Index(project, channel);
        var compiled = _channels[channel];
        if (_ruleOffsets[channel] < 0)
        {
            return MatchExplainer.OutOfPeriod(snapshot.Record, compiled.Channel, AsOf);
        }
        var (failedRule, error) = _errors.TryGetValue(index, out var failure) ? failure : (-1, null);
        var verdicts = new ReadOnlyMemory<RuleVerdict>(_ruleVerdicts, project * _rowLength + _ruleOffsets[channel], compiled.Rules.Length);
        return MatchEngine.Explained(snapshot, compiled, context, new ChannelEvaluation((MatchVerdict)_verdicts[index], verdicts, error, failedRule));
    }

    private ProjectSnapshot Snapshot(int project) => _snapshots is { } kept ? kept[project] : ProjectSnapshot.Of(_projects[project]);

    private ProjectSnapshot CheckedSnapshot(int project)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(project);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(project, _projects.Count);
        return Snapshot(project);
    }

    private int Index(int project, int channel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(project);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(project, _projects.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(channel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channel, _channels.Length);
        return project * _channels.Length + channel;
    }
}
