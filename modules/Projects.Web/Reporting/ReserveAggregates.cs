using Reserve.Channels;
using Reserve.Matching;
using Reserve.Projects;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Projects.Web.Reporting;

/// <summary>
/// The reserve summed up by department, channel, field and 两新一重 tag (amounts in 万元), over every department or
/// one: the reserve's totals (grouped in the database, kept while nothing changes) with the channels' names, in the
/// catalog's order (channels whose programme has ended last). The same figures feed the dashboard, the 汇总 page,
/// 报送情况 and the API.
/// </summary>
public sealed class ReserveAggregates(IProjectReserve reserve, ChannelCatalog catalog, TimeProvider clock)
{
    public async Task<AggregateReport> BuildAsync(string? department, CancellationToken cancellationToken)
    {
        var totals = await reserve.TotalsAsync(department, cancellationToken);
        var answers = totals.ByAnswer.ToLookup(a => a.ChannelId, StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var channelRows = ChannelPeriods.CurrentFirst(catalog.Channels, today).Select(channel =>
        {
            var rows = answers[channel.Id].ToList();
            var eligible = rows.Where(r => r.Answer == ZhNames<MatchVerdict>.Of(MatchVerdict.Eligible)).ToList();
            return new ChannelAggregate(
                channel.Id,
                channel.Definition.Name,
                eligible.Sum(r => r.Projects),
                Count(rows, MatchVerdict.Unconfirmed),
                Count(rows, MatchVerdict.NeedsInformation),
                Count(rows, MatchVerdict.Ineligible),
                eligible.Sum(r => r.Investment),
                eligible.Sum(r => r.Amount))
            {
                ToPrepare = rows.Where(r => r.Readiness == ToPrepareWord && (r.Answer == EligibleWord || r.Answer == UnconfirmedWord)).Sum(r => r.Projects),
                Timing = TimingText(rows),
                Ended = ChannelPeriods.HasEnded(channel.Definition, today),
            };
        }).ToList();
        var byTag = totals.ByCategory.Select(Group).ToList();
        if (totals.Uncategorised.Projects > 0)
        {
            byTag.Add(Group(totals.Uncategorised with { Name = "未归入两新一重" }));
        }
        return new AggregateReport(
            totals.Projects, totals.Investment, totals.AnnualPlan,
            totals.ByDepartment.Select(Group).ToList(),
            totals.ByField.Select(g => Group(g.Name is null ? g with { Name = "未填写" } : g)).ToList(),
            byTag.OrderByDescending(g => g.Investment).ToList(),
            channelRows);
    }

    private static readonly string EligibleWord = ZhNames<MatchVerdict>.Of(MatchVerdict.Eligible);
    private static readonly string UnconfirmedWord = ZhNames<MatchVerdict>.Of(MatchVerdict.Unconfirmed);
    private static readonly string ToPrepareWord = ZhNames<ReadinessState>.Of(ReadinessState.ToPrepare);

    /// <summary>
    /// The channel's window as most of its projects' stored answers give it (answers stored on different days may
    /// differ): open until its close, or its next opening; empty when no answer is kept.
    /// </summary>
    private static string TimingText(IReadOnlyList<AnswerTotal> rows)
    {
        var top = rows.Where(r => r.Timing.Length > 0).GroupBy(r => r.Timing).OrderByDescending(g => g.Sum(r => r.Projects)).FirstOrDefault();
        if (top is null || !ZhNames<TimingState>.TryParse(top.Key, out var state))
        {
            return "";
        }
        return state switch
        {
            TimingState.Open when top.Min(r => r.ClosesOn) is { } closes => $"{top.Key}（至{ZhFormat.Date(closes)}）",
            TimingState.NotYetOpen when top.Min(r => r.OpensOn) is { } opens => $"{top.Key}（{ZhFormat.Date(opens)}起）",
            _ => top.Key,
        };
    }

    private static int Count(IEnumerable<AnswerTotal> rows, MatchVerdict verdict) =>
        rows.Where(r => r.Answer == ZhNames<MatchVerdict>.Of(verdict)).Sum(r => r.Projects);

    private static GroupAggregate Group(GroupTotal total) => new(total.Name ?? "", total.Projects, total.Investment, total.AnnualPlan);
}

/// <summary>Projects and investment (万元) of one group.</summary>
public sealed record GroupAggregate(string Name, int Projects, decimal Investment, decimal AnnualPlan);

/// <summary>One channel: how many projects fit, are to be verified (待核实), need information or do not fit; the investment of those that fit and the estimated funding.</summary>
public sealed record ChannelAggregate(string ChannelId, string Name, int Eligible, int Unconfirmed, int NeedsInformation, int Ineligible, decimal EligibleInvestment, decimal EstimatedFunding)
{
    /// <summary>Of the projects that fit or are to be verified, how many must prepare something before applying.</summary>
    public int ToPrepare { get; init; }

    /// <summary>The channel's application window as the stored answers give it (窗口开放（至…）, 待窗口开放（…起）…).</summary>
    public string Timing { get; init; } = "";

    /// <summary>The channel's programme has ended (listed last and greyed).</summary>
    public bool Ended { get; init; }
}

public sealed record AggregateReport(
    int Projects,
    decimal Investment,
    decimal AnnualPlan,
    IReadOnlyList<GroupAggregate> ByDepartment,
    IReadOnlyList<GroupAggregate> ByField,
    IReadOnlyList<GroupAggregate> ByTag,
    IReadOnlyList<ChannelAggregate> ByChannel);
