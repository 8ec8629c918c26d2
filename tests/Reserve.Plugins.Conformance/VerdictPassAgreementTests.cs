using Reserve.Matching;
using Reserve.Demo.Projects;
using Xunit;

namespace Reserve.Plugins.Conformance;

/// <summary>
/// The verdict pass (<see cref="MatchEngine.Evaluate"/>, one thread and two) gives the verdict the full
/// explanation (<see cref="MatchEngine.Match"/>) gives, for thousands of fixed-seed demo projects against
/// every channel of every plugin, on dates that put different channels in and out of their periods; a
/// result explained from the kept rule verdicts is the explained result, byte for byte; and what the results
/// table stores (<see cref="MatchBatch.Summarize"/>: verdict, score, amount, readiness and timing) is what the explanation says.
/// </summary>
public sealed class VerdictPassAgreementTests
{
    public static TheoryData<string> Dates() => ["2020-06-01", "2025-09-10", "2026-10-15"];

    private static readonly Lazy<IReadOnlyList<Reserve.Sdk.Projects.ProjectRecord>> Projects = new(() => DemoProjects.Generate(2000, new DemoProjectOptions
    {
        FactKeys = PluginConformanceTests.Catalog.Value.ChannelFacts.Select(f => f.Key).ToHashSet(StringComparer.Ordinal),
    }));

    [Theory]
    [MemberData(nameof(Dates))]
    public void Every_verdict_and_explanation_agrees_with_full_matching(string date)
    {
        var asOf = DateOnly.Parse(date);
        var catalog = PluginConformanceTests.Catalog.Value;
        var engine = new MatchEngine(catalog);
        var projects = Projects.Value;
        var single = engine.Evaluate(projects, asOf);
        var parallel = engine.Evaluate(projects, asOf, degreeOfParallelism: 2);
        Assert.True(catalog.Channels.Count >= 20);

        var seen = new HashSet<MatchVerdict>();
        for (var p = 0; p < projects.Count; p++)
        {
            var expected = engine.Match(projects[p], asOf);
            var byChannel = expected.ToDictionary(r => r.ChannelId, StringComparer.Ordinal);
            for (var c = 0; c < single.Channels.Count; c++)
            {
                var explained = byChannel[single.Channels[c].Id];
                var verdict = explained.Verdict;
                Assert.True(verdict == single.Verdict(p, c), $"{projects[p].Id} × {single.Channels[c].Id}：说明 {verdict}，只判结论 {single.Verdict(p, c)}");
                var summary = single.Summarize(p, c);
                Assert.Equal((verdict, explained.Score, explained.EstimatedAmount), (summary.Verdict, summary.Score, summary.Amount));
                if (verdict != MatchVerdict.Error)
                {
                    // The stored readiness and timing answers are what the explanation lists.
                    Assert.Equal(explained.Timing, summary.Timing);
                    Assert.Equal((explained.Readiness.Count, explained.Readiness.Min(r => r.NeededBy)), (summary.ReadinessItems, summary.ReadyBy));
                }
                Assert.Equal(verdict, parallel.Verdict(p, c));
                seen.Add(verdict);
            }
            if (p % 10 is 0 or 7)
            {
                Assert.Equal(MatchJson.Serialize(expected), MatchJson.Serialize(single.Explain(p)));
            }
        }
        Assert.Contains(MatchVerdict.Eligible, seen);
        Assert.Contains(MatchVerdict.Ineligible, seen);
        Assert.Contains(MatchVerdict.NeedsInformation, seen);
    }
}
