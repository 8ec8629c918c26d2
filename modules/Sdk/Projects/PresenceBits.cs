namespace Reserve.Sdk.Projects;

/// <summary>
/// Which of the common facts a record gives, one bit each, worked out once when a snapshot is taken: a rule
/// then checks all the facts it requires with one AND instead of one call per fact. The facts given as texts
/// that few rules read (统一社会信用代码, 行业代码, 区划, 收益来源) are not here; they are checked on the record.
/// The upper 32 bits say which pre-work items the record lists, one bit per <see cref="PreWorkKind"/>.
/// </summary>
internal static class PresenceBits
{
    public const ulong Code = 1UL << 0;
    public const ulong ProjectType = 1UL << 1;
    public const ulong Attribute = 1UL << 2;
    public const ulong Field = 1UL << 3;
    public const ulong Nature = 1UL << 4;
    public const ulong LandArea = 1UL << 5;
    public const ulong PlannedStart = 1UL << 6;
    public const ulong PlannedEnd = 1UL << 7;
    public const ulong Stage = 1UL << 8;
    public const ulong ActualStart = 1UL << 9;
    public const ulong Equity = 1UL << 10;
    public const ulong FeasibilityEstimate = 1UL << 11;
    public const ulong DesignBudget = 1UL << 12;
    public const ulong CompletedInvestment = 1UL << 13;
    public const ulong AnnualPlan = 1UL << 14;
    public const ulong FundingSources = 1UL << 15;
    public const ulong ProjectRevenue = 1UL << 16;
    public const ulong DebtService = 1UL << 17;
    public const ulong CoverageRatio = 1UL << 18;
    public const ulong Dishonest = 1UL << 19;
    public const ulong CentralFundedBefore = 1UL << 20;
    public const ulong NegativeList = 1UL << 21;
    public const ulong InNationalLibrary = 1UL << 22;
    public const ulong InRollingPlan = 1UL << 23;

    /// <summary>The bit of a listed pre-work item, or 0 for a kind beyond the 32 the upper half holds.</summary>
    public static ulong PreWork(PreWorkKind item) => (uint)item < 32 ? 1UL << (32 + (int)item) : 0;

    /// <param name="hasCoverage">本息覆盖倍数 given or computable, as the snapshot worked it out.</param>
    public static ulong Of(ProjectRecord r, bool hasCoverage) =>
        (!string.IsNullOrWhiteSpace(r.Code) ? Code : 0)
        | (r.ProjectType.HasValue ? ProjectType : 0)
        | (r.Attribute.HasValue ? Attribute : 0)
        | (r.Field.HasValue ? Field : 0)
        | (r.Nature.HasValue ? Nature : 0)
        | (r.LandArea.HasValue ? LandArea : 0)
        | (r.PlannedStart.HasValue ? PlannedStart : 0)
        | (r.PlannedEnd.HasValue ? PlannedEnd : 0)
        | (r.Stage.HasValue ? Stage : 0)
        | (r.ActualStart.HasValue ? ActualStart : 0)
        | (r.Equity.HasValue ? Equity : 0)
        | (r.FeasibilityEstimate.HasValue ? FeasibilityEstimate : 0)
        | (r.DesignBudget.HasValue ? DesignBudget : 0)
        | (r.CompletedInvestment.HasValue ? CompletedInvestment : 0)
        | (r.AnnualPlan.HasValue ? AnnualPlan : 0)
        | (r.FundingSources.Count > 0 ? FundingSources : 0)
        | (r.ProjectRevenue.HasValue ? ProjectRevenue : 0)
        | (r.DebtService.HasValue ? DebtService : 0)
        | (hasCoverage ? CoverageRatio : 0)
        | (r.Dishonest.HasValue ? Dishonest : 0)
        | (r.CentralFundedBefore.HasValue ? CentralFundedBefore : 0)
        | (r.NegativeList is not null ? NegativeList : 0)
        | (r.InNationalLibrary.HasValue ? InNationalLibrary : 0)
        | (r.InRollingPlan.HasValue ? InRollingPlan : 0);
}
