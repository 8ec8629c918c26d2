using Reserve.Sdk.Projects;
using Xunit;
using static Reserve.Matching.Tests.TestChannels;

namespace Reserve.Matching.Tests;

/// <summary>The verdict pass (<see cref="MatchEngine.Evaluate"/>) against the explained path (<see cref="MatchEngine.Match"/>).</summary>
public sealed class MatchBatchTests
{

    /// <summary>Every verdict occurs: eligible, ineligible, needs information, errors, out of period.</summary>
    private static List<ProjectRecord> Projects(int count) => [.. Enumerable.Range(0, count).Select(i => Project(p =>
    {
        p.Id = $"2027-{i:D4}";
        p.TotalInvestment = 100 * (i % 13);
        if (i % 7 == 0) { p.Dishonest = null; }
        if (i % 5 == 0) { p.Facts.Clear(); }
        if (i % 3 == 0) { p.Code = null; }
        if (i % 4 == 0) { p.Field = ProjectField.Transport; }
    }))];

    [Fact]
    public void Kept_verdicts_explain_to_exactly_what_matching_one_project_gives()
    {
        var engine = EngineOf(Simple("a"), Throwing(), Only2020(), Simple("b"));
        var projects = Projects(1500);
        foreach (var date in new[] { AsOf, new DateOnly(2020, 9, 10) })
        {
            var batch = engine.Evaluate(projects, date);
            for (var p = 0; p < projects.Count; p++)
            {
                var expected = engine.Match(projects[p], date);
                var explained = batch.Explain(p);
                Assert.Equal(MatchJson.Serialize(expected), MatchJson.Serialize(explained));
                for (var c = 0; c < batch.Channels.Count; c++)
                {
                    var channelId = batch.Channels[c].Id;
                    Assert.Equal(expected.Single(r => r.ChannelId == channelId).Verdict, batch.Verdict(p, c));
                    Assert.Equal(MatchJson.Serialize(explained.Single(r => r.ChannelId == channelId) with { Rules = [] }),
                        MatchJson.Serialize(batch.Explain(p, c) with { Rules = [] }));
                }
            }
        }
    }

    [Fact]
    public void Counts_cover_every_verdict_and_agree_with_tally()
    {
        var engine = EngineOf(Simple(), Throwing(), Only2020());
        var projects = Projects(900);
        var counts = engine.Evaluate(projects, AsOf).Counts();
        var tally = engine.Tally(projects, AsOf);

        foreach (var (channel, c) in counts)
        {
            var t = tally[channel];
            Assert.Equal((t.Eligible, t.Ineligible, t.NeedsInformation, t.Errors), (c.Eligible, c.Ineligible, c.NeedsInformation, c.Errors));
            Assert.Equal(900, c.Total);
        }
        Assert.Equal(900, counts["throwing"].Errors);
        Assert.Equal(900, counts["only-2020"].Ineligible);
        Assert.True(counts["simple"].Eligible > 0 && counts["simple"].Ineligible > 0 && counts["simple"].NeedsInformation > 0, $"{counts["simple"].Eligible}/{counts["simple"].Ineligible}/{counts["simple"].NeedsInformation}/{counts["simple"].Unconfirmed}");
    }

    [Fact]
    public void Sharing_the_projects_among_threads_changes_no_verdict_and_no_explanation()
    {
        var engine = EngineOf(Simple("a"), Throwing(), Simple("b"));
        var projects = Projects(5000);
        var single = engine.Evaluate(projects, AsOf);
        var parallel = engine.Evaluate(projects, AsOf, degreeOfParallelism: 4);
        for (var p = 0; p < projects.Count; p++)
        {
            for (var c = 0; c < single.Channels.Count; c++)
            {
                Assert.Equal(single.Verdict(p, c), parallel.Verdict(p, c));
            }
        }
        foreach (var p in new[] { 0, 1, 511, 512, 513, 2047, 4999 })
        {
            Assert.Equal(MatchJson.Serialize(single.Explain(p)), MatchJson.Serialize(parallel.Explain(p)));
        }
    }

    [Fact]
    public void An_estimate_that_throws_shows_in_the_explanation_not_in_the_verdict_pass()
    {
        var channel = Simple();
        var broken = new Reserve.Sdk.Channels.ChannelDefinition
        {
            Id = channel.Id, Name = channel.Name, Level = channel.Level, Form = channel.Form, Facts = channel.Facts, Rules = channel.Rules,
            Estimate = (_, _) => throw new DivideByZeroException("除以零"),
        };
        var batch = EngineOf(broken).Evaluate([Project()], AsOf);

        Assert.Equal(MatchVerdict.Eligible, batch.Verdict(0, 0));
        var explained = batch.Explain(0, 0);
        Assert.Equal(MatchVerdict.Error, explained.Verdict);
        Assert.Contains("资金测算出错：除以零", explained.Error);
    }

    [Fact]
    public void Indexes_outside_the_batch_are_refused()
    {
        var batch = EngineOf(Simple()).Evaluate([Project()], AsOf);
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.Verdict(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.Explain(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => EngineOf(Simple()).Evaluate([Project()], AsOf, 0));
    }
}
