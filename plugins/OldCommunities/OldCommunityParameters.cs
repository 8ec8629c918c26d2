namespace Reserve.Plugins.OldCommunities;

/// <summary>
/// The dated parameters of the parameters file, bound once when the channel is defined so that rules read
/// them with <c>.At(asOf)</c> without looking anything up by name.
/// </summary>
internal sealed class OldCommunityParameters(ParameterTable table)
{
    /// <summary>Latest year of construction that counts (2000: built by 2000-12-31).</summary>
    public DatedParameter<decimal> BuiltCutoffYear { get; } = table.Decimal("builtCutoffYear");

    /// <summary>2005 in provinces that admit 2001–2005 compounds; only quoted in messages, never a pass.</summary>
    public DatedParameter<decimal> ExtendedBuiltYear { get; } = table.Decimal("extendedBuiltYear");

    /// <summary>The share of a year's households those provinces allow for 2001–2005 compounds.</summary>
    public DatedParameter<decimal> ExtendedHouseholdShare { get; } = table.Decimal("extendedHouseholdShare");

    public DatedParameter<decimal> MinResidentConsent { get; } = table.Decimal("minResidentConsent");

    /// <summary>万元 per household.</summary>
    public DatedParameter<decimal> PerHouseholdCap { get; } = table.Decimal("perHouseholdCap");

    /// <summary>From this month on, an application is reviewed for next year's plan.</summary>
    public DatedParameter<decimal> PlanYearRolloverMonth { get; } = table.Decimal("planYearRolloverMonth");

    /// <summary>
    /// The year whose 投资计划 an application made on <paramref name="asOf"/> competes for: the window runs
    /// from about November to the next June, so an application in November already asks for next year's
    /// money and must be able to start in that year, not in the current one.
    /// </summary>
    public int PlanYear(DateOnly asOf) =>
        asOf.Month >= (int)PlanYearRolloverMonth.At(asOf) ? asOf.Year + 1 : asOf.Year;
}
