namespace Reserve.Projects.Storage;

/// <summary>
/// A project's row as the database holds it: the enumerations as their stored names and the six lists and maps as their
/// stored interchange JSON, read without parsing them (<see cref="ProjectRowJson"/> writes the record from it). The
/// property names are the columns' names.
/// </summary>
internal sealed class ProjectRow
{
    /// <summary>The columns read, in the order of the record.</summary>
    public const string Columns = """
        "Id", "Code", "Name", "Department", "Unit", "UnitCreditCode", "Leader", "Contact", "ProjectType", "Attribute", "Field",
        "IndustryCode", "Nature", "Tags", "Region", "Address", "Scale", "LandArea", "PlannedStart", "PlannedEnd", "Stage",
        "ActualStart", "TotalInvestment", "Equity", "FeasibilityEstimate", "DesignBudget", "CompletedInvestment", "AnnualPlan",
        "FundingSources", "Requests", "RevenueSources", "ProjectRevenue", "DebtService", "CoverageRatio", "PreWork", "Dishonest",
        "CentralFundedBefore", "NegativeList", "InNationalLibrary", "InRollingPlan", "Facts", "Version"
        """;

    public string Id { get; set; } = "";
    public string? Code { get; set; }
    public string Name { get; set; } = "";
    public string Department { get; set; } = "";
    public string Unit { get; set; } = "";
    public string? UnitCreditCode { get; set; }
    public string? Leader { get; set; }
    public string? Contact { get; set; }
    public string? ProjectType { get; set; }
    public string? Attribute { get; set; }
    public string? Field { get; set; }
    public string? IndustryCode { get; set; }
    public string? Nature { get; set; }
    public string Tags { get; set; } = "[]";
    public string? Region { get; set; }
    public string? Address { get; set; }
    public string Scale { get; set; } = "";
    public decimal? LandArea { get; set; }
    public DateOnly? PlannedStart { get; set; }
    public DateOnly? PlannedEnd { get; set; }
    public string? Stage { get; set; }
    public DateOnly? ActualStart { get; set; }
    public decimal TotalInvestment { get; set; }
    public decimal? Equity { get; set; }
    public decimal? FeasibilityEstimate { get; set; }
    public decimal? DesignBudget { get; set; }
    public decimal? CompletedInvestment { get; set; }
    public decimal? AnnualPlan { get; set; }
    public string FundingSources { get; set; } = "[]";
    public string Requests { get; set; } = "[]";
    public string? RevenueSources { get; set; }
    public decimal? ProjectRevenue { get; set; }
    public decimal? DebtService { get; set; }
    public decimal? CoverageRatio { get; set; }
    public string PreWork { get; set; } = "[]";
    public bool? Dishonest { get; set; }
    public bool? CentralFundedBefore { get; set; }
    public string? NegativeList { get; set; }
    public bool? InNationalLibrary { get; set; }
    public bool? InRollingPlan { get; set; }
    public string Facts { get; set; } = "{}";
    public int Version { get; set; }
}
