using Reserve.Promotion.Deals;

namespace Reserve.Promotion.Storage;

/// <summary>What a <see cref="DealFact"/> row says.</summary>
internal enum DealFactKind
{
    /// <summary>The deal was at stage <see cref="DealFact.Value"/> from <see cref="DealFact.From"/> until <see cref="DealFact.To"/>.</summary>
    Stage = 0,

    /// <summary>The latest 履约 check from <see cref="DealFact.From"/> until the next one said on schedule (Value 1) or not (0).</summary>
    Check = 1,

    /// <summary>Funds of <see cref="DealFact.Amount"/> arrived on <see cref="DealFact.From"/>.</summary>
    Fund = 2,
}

/// <summary>
/// A deal's dated history as rows the database can aggregate: the JSON lists of a deal are its record, these rows are
/// rewritten with it on every change so that the metrics as of any date are one GROUP BY (a span holds from its
/// <see cref="From"/> inclusive to its <see cref="To"/> exclusive; <see cref="To"/> null: still holds).
/// </summary>
internal sealed class DealFact
{
    public long Id { get; set; }
    public long DealId { get; set; }
    public DealFactKind Kind { get; set; }
    public int Value { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public decimal Amount { get; set; }

    /// <summary>
    /// The rows of <paramref name="deal"/>. Changes of one day follow each other in the list, so the last one of the
    /// day holds at its end (the earlier ones become empty spans, From = To) — as <see cref="Deal.StageOn"/> and
    /// <see cref="Deal.CheckOn"/> read them.
    /// </summary>
    public static IEnumerable<DealFact> Of(Deal deal)
    {
        for (var i = 0; i < deal.History.Count; i++)
        {
            var change = deal.History[i];
            yield return new DealFact
            {
                DealId = deal.Id, Kind = DealFactKind.Stage, Value = (int)change.To, From = change.On,
                To = i + 1 < deal.History.Count ? deal.History[i + 1].On : null,
            };
        }
        var checks = deal.Checks.OrderBy(c => c.On).ToList();
        for (var i = 0; i < checks.Count; i++)
        {
            yield return new DealFact
            {
                DealId = deal.Id, Kind = DealFactKind.Check, Value = checks[i].OnSchedule ? 1 : 0, From = checks[i].On,
                To = i + 1 < checks.Count ? checks[i + 1].On : null,
            };
        }
        foreach (var arrival in deal.Funds)
        {
            yield return new DealFact { DealId = deal.Id, Kind = DealFactKind.Fund, From = arrival.On, Amount = arrival.Amount };
        }
    }

    /// <summary>The stage value from which a deal counts as signed.</summary>
    public const int Signed = (int)DealStage.Signed;
}
