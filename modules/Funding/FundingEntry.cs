using Reserve.Sdk.Projects;

namespace Reserve.Funding;

/// <summary>How far a ledger line has come.</summary>
public enum FundingStage
{
    [ZhName("拟申报")] Planned,
    [ZhName("已申报")] Applied,
    [ZhName("已下达")] Granted,
    [ZhName("已到位")] Arrived,
}

/// <summary>
/// One line of the 资金争取台账: a project's application to one channel in one year, with each stage it has
/// reached (amounts in 万元). <see cref="Version"/> is for optimistic concurrency.
/// </summary>
public sealed record FundingEntry(
    long Id,
    int Year,
    string ProjectId,
    string Department,
    string Channel,
    decimal Planned,
    DateOnly? AppliedDate,
    decimal? AppliedAmount,
    string? GrantBatch,
    string? GrantDocNumber,
    decimal? GrantedAmount,
    DateOnly? GrantedDate,
    decimal? ArrivedAmount,
    DateOnly? ArrivedDate,
    string UpdatedBy,
    DateTime UpdatedAtUtc,
    int Version)
{
    public FundingStage Stage => ArrivedAmount is not null ? FundingStage.Arrived
        : GrantedAmount is not null ? FundingStage.Granted
        : AppliedAmount is not null ? FundingStage.Applied
        : FundingStage.Planned;
}

/// <summary>A line as entered (page, XLSX row or API). Id null: a new line; <see cref="ExpectedVersion"/> the version read.</summary>
public sealed record FundingInput(
    long? Id,
    int Year,
    string ProjectId,
    string Department,
    string Channel,
    decimal Planned,
    DateOnly? AppliedDate = null,
    decimal? AppliedAmount = null,
    string? GrantBatch = null,
    string? GrantDocNumber = null,
    decimal? GrantedAmount = null,
    DateOnly? GrantedDate = null,
    decimal? ArrivedAmount = null,
    DateOnly? ArrivedDate = null,
    int? ExpectedVersion = null);

/// <summary>Stored (the line as it now is), or refused with every reason in Chinese and nothing stored.</summary>
public sealed record FundingOutcome(FundingEntry? Entry, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>How the summary groups the ledger.</summary>
public enum FundingGrouping
{
    Channel,
    Department,
    Year,
}

/// <summary>
/// One group's sums (万元) and rates: won = 下达 ÷ 申报, arrived = 到位 ÷ 下达 (null when the divisor is 0).
/// </summary>
public sealed record FundingSummaryRow(string Key, int Lines, decimal Planned, decimal Applied, decimal Granted, decimal Arrived)
{
    public decimal? WonRate => Applied == 0 ? null : Math.Round(Granted / Applied, 4);

    public decimal? ArrivedRate => Granted == 0 ? null : Math.Round(Arrived / Granted, 4);
}

/// <summary>Which lines to list: optional department, channel, year and project, a page at a time.</summary>
public sealed record FundingQuery(string? Department = null, string? Channel = null, int? Year = null, string? ProjectId = null, int Skip = 0, int Take = 50);
