namespace Reserve.Funding.Storage;

internal sealed class FundingRow
{
    public long Id { get; set; }
    public int Year { get; set; }
    public string ProjectId { get; set; } = "";
    public string Department { get; set; } = "";
    public string Channel { get; set; } = "";
    public decimal Planned { get; set; }
    public DateOnly? AppliedDate { get; set; }
    public decimal? AppliedAmount { get; set; }
    public string? GrantBatch { get; set; }
    public string? GrantDocNumber { get; set; }
    public decimal? GrantedAmount { get; set; }
    public DateOnly? GrantedDate { get; set; }
    public decimal? ArrivedAmount { get; set; }
    public DateOnly? ArrivedDate { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }

    public FundingEntry ToEntry() => new(Id, Year, ProjectId, Department, Channel, Planned, AppliedDate, AppliedAmount, GrantBatch, GrantDocNumber,
        GrantedAmount, GrantedDate, ArrivedAmount, ArrivedDate, UpdatedBy, UpdatedAtUtc, Version);

    public void Take(FundingInput f, string actor, DateTime now)
    {
        Year = f.Year;
        ProjectId = f.ProjectId.Trim();
        Department = f.Department.Trim();
        Channel = f.Channel.Trim();
        Planned = f.Planned;
        AppliedDate = f.AppliedDate;
        AppliedAmount = f.AppliedAmount;
        GrantBatch = Blank(f.GrantBatch);
        GrantDocNumber = Blank(f.GrantDocNumber);
        GrantedAmount = f.GrantedAmount;
        GrantedDate = f.GrantedDate;
        ArrivedAmount = f.ArrivedAmount;
        ArrivedDate = f.ArrivedDate;
        UpdatedBy = actor;
        UpdatedAtUtc = now;
        Version++;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
