using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

internal enum FundingPart
{
    Planned,
    Arrived,
}

internal enum PreWorkPart
{
    Status,
    DocNumber,
    Date,
    Expires,
}

/// <summary>
/// How a problem names the place of a value. The XLSX reader names the column header the user sees
/// (资金来源-中央预算内投资); the JSON reader names the Chinese field name and the key (资金来源(fundingSources)).
/// The validator is told which, so that its problems read like the reader's own.
/// </summary>
internal interface IColumnNames
{
    string Field(RecordField field);
    string Funding(FundingSourceKind source, FundingPart part);
    /// <summary>Where a problem with the funding sources as a whole (their sum) is reported.</summary>
    string FundingTotal { get; }
    string PreWork(PreWorkKind item, PreWorkPart part);
    string Requests { get; }
    string Fact(string key);
}

/// <summary>The names of the JSON interchange format: 中文名(key).</summary>
internal sealed class JsonColumnNames(ChannelFacts facts) : IColumnNames
{
    public const string FundingSources = "资金来源(fundingSources)";
    public const string PreWorkItems = "前期工作(preWork)";
    public const string RequestList = "拟申请渠道(requests)";
    public const string FactMap = "渠道要素(facts)";

    public string Field(RecordField field) => field.JsonName;

    public string Funding(FundingSourceKind source, FundingPart part) => FundingSources;

    public string FundingTotal => FundingSources;

    public string PreWork(PreWorkKind item, PreWorkPart part) => PreWorkItems;

    public string Requests => RequestList;

    public string Fact(string key) =>
        facts.Find(key) is { } descriptor ? $"{descriptor.Label}(facts.{key})" : $"渠道要素(facts.{key})";
}
