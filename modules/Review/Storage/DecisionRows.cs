namespace Reserve.Review.Storage;

/// <summary>A year's decision (key: the year).</summary>
internal sealed class DecisionRow
{
    public int Year { get; set; }
    public GovernmentVerdict Verdict { get; set; }
    public DateOnly Date { get; set; }
    public string DocNumber { get; set; } = "";
    public string? Note { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAtUtc { get; set; }
    public int Version { get; set; }
}

/// <summary>One project's place in a year's decision, so a project page and a list find it by key.</summary>
internal sealed class DecisionProjectRow
{
    public int Year { get; set; }
    public string ProjectId { get; set; } = "";
    public DecisionEffect Effect { get; set; }
}
