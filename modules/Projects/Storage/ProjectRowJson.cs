using System.Text.Json;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Storage;

/// <summary>
/// Writes a stored row as the interchange JSON of its record — the text <see cref="ProjectJson.Options"/> writes for the
/// record read from that row — without building the record: the columns in the record's order, absent values left out,
/// enumerations as their Chinese words, ISO dates, normalised amounts, and the six lists and maps copied as stored.
/// They are stored by <see cref="JsonColumn"/> in exactly the form the record's serialisation writes (the same options),
/// so parsing them into objects only to write them again (most of a page's time at 50 records) gave back the same text.
/// </summary>
internal static class ProjectRowJson
{
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText DepartmentName = JsonEncodedText.Encode("department");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText UnitCreditCodeName = JsonEncodedText.Encode("unitCreditCode");
    private static readonly JsonEncodedText LeaderName = JsonEncodedText.Encode("leader");
    private static readonly JsonEncodedText ContactName = JsonEncodedText.Encode("contact");
    private static readonly JsonEncodedText ProjectTypeName = JsonEncodedText.Encode("projectType");
    private static readonly JsonEncodedText AttributeName = JsonEncodedText.Encode("attribute");
    private static readonly JsonEncodedText FieldName = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText IndustryCodeName = JsonEncodedText.Encode("industryCode");
    private static readonly JsonEncodedText NatureName = JsonEncodedText.Encode("nature");
    private static readonly JsonEncodedText TagsName = JsonEncodedText.Encode("tags");
    private static readonly JsonEncodedText RegionName = JsonEncodedText.Encode("region");
    private static readonly JsonEncodedText AddressName = JsonEncodedText.Encode("address");
    private static readonly JsonEncodedText ScaleName = JsonEncodedText.Encode("scale");
    private static readonly JsonEncodedText LandAreaName = JsonEncodedText.Encode("landArea");
    private static readonly JsonEncodedText PlannedStartName = JsonEncodedText.Encode("plannedStart");
    private static readonly JsonEncodedText PlannedEndName = JsonEncodedText.Encode("plannedEnd");
    private static readonly JsonEncodedText StageName = JsonEncodedText.Encode("stage");
    private static readonly JsonEncodedText ActualStartName = JsonEncodedText.Encode("actualStart");
    private static readonly JsonEncodedText TotalInvestmentName = JsonEncodedText.Encode("totalInvestment");
    private static readonly JsonEncodedText EquityName = JsonEncodedText.Encode("equity");
    private static readonly JsonEncodedText FeasibilityEstimateName = JsonEncodedText.Encode("feasibilityEstimate");
    private static readonly JsonEncodedText DesignBudgetName = JsonEncodedText.Encode("designBudget");
    private static readonly JsonEncodedText CompletedInvestmentName = JsonEncodedText.Encode("completedInvestment");
    private static readonly JsonEncodedText AnnualPlanName = JsonEncodedText.Encode("annualPlan");
    private static readonly JsonEncodedText FundingSourcesName = JsonEncodedText.Encode("fundingSources");
    private static readonly JsonEncodedText RequestsName = JsonEncodedText.Encode("requests");
    private static readonly JsonEncodedText RevenueSourcesName = JsonEncodedText.Encode("revenueSources");
    private static readonly JsonEncodedText ProjectRevenueName = JsonEncodedText.Encode("projectRevenue");
    private static readonly JsonEncodedText DebtServiceName = JsonEncodedText.Encode("debtService");
    private static readonly JsonEncodedText CoverageRatioName = JsonEncodedText.Encode("coverageRatio");
    private static readonly JsonEncodedText PreWorkName = JsonEncodedText.Encode("preWork");
    private static readonly JsonEncodedText DishonestName = JsonEncodedText.Encode("dishonest");
    private static readonly JsonEncodedText CentralFundedBeforeName = JsonEncodedText.Encode("centralFundedBefore");
    private static readonly JsonEncodedText NegativeListName = JsonEncodedText.Encode("negativeList");
    private static readonly JsonEncodedText InNationalLibraryName = JsonEncodedText.Encode("inNationalLibrary");
    private static readonly JsonEncodedText InRollingPlanName = JsonEncodedText.Encode("inRollingPlan");
    private static readonly JsonEncodedText FactsName = JsonEncodedText.Encode("facts");

    /// <summary>The record's JSON names in the order written: a test holds them to the serialiser's own.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "id", "code", "name", "department", "unit", "unitCreditCode", "leader", "contact", "projectType", "attribute", "field",
        "industryCode", "nature", "tags", "region", "address", "scale", "landArea", "plannedStart", "plannedEnd", "stage",
        "actualStart", "totalInvestment", "equity", "feasibilityEstimate", "designBudget", "completedInvestment", "annualPlan",
        "fundingSources", "requests", "revenueSources", "projectRevenue", "debtService", "coverageRatio", "preWork", "dishonest",
        "centralFundedBefore", "negativeList", "inNationalLibrary", "inRollingPlan", "facts",
    ];

    public static void Write(Utf8JsonWriter writer, ProjectRow row)
    {
        writer.WriteStartObject();
        writer.WriteString(IdName, row.Id);
        Text(writer, CodeName, row.Code);
        writer.WriteString(NameName, row.Name);
        writer.WriteString(DepartmentName, row.Department);
        writer.WriteString(UnitName, row.Unit);
        Text(writer, UnitCreditCodeName, row.UnitCreditCode);
        Text(writer, LeaderName, row.Leader);
        Text(writer, ContactName, row.Contact);
        Word<ProjectType>(writer, ProjectTypeName, row.ProjectType);
        Word<ProjectAttribute>(writer, AttributeName, row.Attribute);
        Word<ProjectField>(writer, FieldName, row.Field);
        Text(writer, IndustryCodeName, row.IndustryCode);
        Word<ConstructionNature>(writer, NatureName, row.Nature);
        Stored(writer, TagsName, row.Tags);
        Text(writer, RegionName, row.Region);
        Text(writer, AddressName, row.Address);
        writer.WriteString(ScaleName, row.Scale);
        Amount(writer, LandAreaName, row.LandArea);
        Day(writer, PlannedStartName, row.PlannedStart);
        Day(writer, PlannedEndName, row.PlannedEnd);
        Word<ProjectStage>(writer, StageName, row.Stage);
        Day(writer, ActualStartName, row.ActualStart);
        writer.WriteNumber(TotalInvestmentName, ProjectJson.Normalized(row.TotalInvestment));
        Amount(writer, EquityName, row.Equity);
        Amount(writer, FeasibilityEstimateName, row.FeasibilityEstimate);
        Amount(writer, DesignBudgetName, row.DesignBudget);
        Amount(writer, CompletedInvestmentName, row.CompletedInvestment);
        Amount(writer, AnnualPlanName, row.AnnualPlan);
        Stored(writer, FundingSourcesName, row.FundingSources);
        Stored(writer, RequestsName, row.Requests);
        Text(writer, RevenueSourcesName, row.RevenueSources);
        Amount(writer, ProjectRevenueName, row.ProjectRevenue);
        Amount(writer, DebtServiceName, row.DebtService);
        Amount(writer, CoverageRatioName, row.CoverageRatio);
        Stored(writer, PreWorkName, row.PreWork);
        Flag(writer, DishonestName, row.Dishonest);
        Flag(writer, CentralFundedBeforeName, row.CentralFundedBefore);
        if (row.NegativeList is { } negative)
        {
            Stored(writer, NegativeListName, negative);
        }
        Flag(writer, InNationalLibraryName, row.InNationalLibrary);
        Flag(writer, InRollingPlanName, row.InRollingPlan);
        Stored(writer, FactsName, row.Facts);
        writer.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>An enumeration stored by its name (as the model's string conversion reads it back: unknown text is the default).</summary>
    private static void Word<T>(Utf8JsonWriter writer, JsonEncodedText name, string? stored) where T : struct, Enum
    {
        if (stored is not null)
        {
            writer.WriteString(name, ZhNames<T>.Of(Enum.TryParse<T>(stored, ignoreCase: true, out var value) ? value : default));
        }
    }

    private static void Amount(Utf8JsonWriter writer, JsonEncodedText name, decimal? value)
    {
        if (value is { } amount)
        {
            writer.WriteNumber(name, ProjectJson.Normalized(amount));
        }
    }

    private static void Day(Utf8JsonWriter writer, JsonEncodedText name, DateOnly? value)
    {
        if (value is { } day)
        {
            writer.WriteString(name, ProjectJson.IsoDay(day));
        }
    }

    private static void Flag(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    /// <summary>A stored list or map as it is (checked to be one JSON value, never reformatted).</summary>
    private static void Stored(Utf8JsonWriter writer, JsonEncodedText name, string json)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(json);
    }
}
