namespace Reserve.Funding;

/// <summary>The 资金争取台账: lines saved one by one or a whole file at once, listed a page at a time, summed in the database.</summary>
public interface IFundingLedger
{
    /// <summary>Adds or updates one line; refused whole (nothing stored) with every problem, or when someone changed it since it was read.</summary>
    Task<FundingOutcome> SaveAsync(FundingInput input, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds or updates every line of an import in one transaction: when any row is wrong nothing is stored and
    /// each problem names its row (the caller's row numbers, e.g. the sheet's).
    /// </summary>
    Task<IReadOnlyList<string>> ImportAsync(IReadOnlyList<(int Row, FundingInput Input)> rows, string actor, CancellationToken cancellationToken = default);

    Task<FundingEntry?> FindAsync(long id, CancellationToken cancellationToken = default);

    Task<(int Total, IReadOnlyList<FundingEntry> Entries)> ListAsync(FundingQuery query, CancellationToken cancellationToken = default);

    /// <summary>Sums by channel, department or year, optionally within one department, computed by the database.</summary>
    Task<IReadOnlyList<FundingSummaryRow>> SummaryAsync(FundingGrouping grouping, string? department = null, CancellationToken cancellationToken = default);
}
