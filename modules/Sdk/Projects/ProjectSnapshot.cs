using System.Runtime.CompilerServices;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Standard;

namespace Reserve.Sdk.Projects;

/// <summary>
/// What rules read of one project, taken once per match pass and shared by every channel. A record is a
/// graph of a dozen objects (its pre-work items, funding lines and negative list among its texts), so a rule
/// reading it from a reserve too large for the cache pays a memory fetch for almost every fact; the snapshot
/// keeps the facts rules test in one small object, with the derived figures (资本金比例, 完成比例, 本息覆盖倍数,
/// 资金来源合计, each pre-work item's status) worked out once instead of once per channel. Its members carry the
/// record's names, so a rule reads <c>p.Field</c> or <c>p.EquityRatio</c> as before; members the snapshot does not
/// copy read the record, and so does a helper written for <see cref="ProjectRecord"/> (the conversion is implicit).
/// A snapshot is not updated when its record changes: take a new one.
/// </summary>
public sealed class ProjectSnapshot
{
    private const byte NoPreWork = 0;

    // Each pre-work kind's status + 1 (0: not listed), from the first item of that kind as FindPreWork finds it.
    private PreWorkStatuses _preWork;

    private ProjectSnapshot(ProjectRecord record)
    {
        Record = record;
        Code = record.Code;
        HasWellFormedCode = ProjectCodeFormat.IsWellFormed(record.Code);
        ProjectType = record.ProjectType;
        Attribute = record.Attribute;
        Field = record.Field;
        Nature = record.Nature;
        Stage = record.Stage;
        ActualStart = record.ActualStart;
        PlannedStart = record.PlannedStart;
        TotalInvestment = record.TotalInvestment;
        Equity = record.Equity;
        FeasibilityEstimate = record.FeasibilityEstimate;
        DesignBudget = record.DesignBudget;
        CompletedInvestment = record.CompletedInvestment;
        EquityRatio = record.EquityRatio;
        CompletionRatio = record.CompletionRatio;
        EffectiveCoverageRatio = record.EffectiveCoverageRatio;
        var present = PresenceBits.Of(record, EffectiveCoverageRatio.HasValue);
        HasCode = (present & PresenceBits.Code) != 0;
        PlannedTotal = record.PlannedTotal;
        FundingSourceCount = record.FundingSources.Count;
        Dishonest = record.Dishonest;
        CentralFundedBefore = record.CentralFundedBefore;
        InNationalLibrary = record.InNationalLibrary;
        InRollingPlan = record.InRollingPlan;
        NegativeListMask = record.NegativeList is { } involved ? NegativeListItems.Mask(involved) : null;
        EquitySector = EquityMinimums.SectorOf(record.IndustryCode, record.Field);
        foreach (var item in record.PreWork)
        {
            var slot = (int)item.Item;
            if ((uint)slot < PreWorkStatuses.Length && _preWork[slot] == NoPreWork)
            {
                _preWork[slot] = (byte)((int)item.Status + 1);
                present |= PresenceBits.PreWork(item.Item);
            }
        }
        PresentFacts = present;
    }

    /// <summary>Takes the snapshot of a record as it is now.</summary>
    public static ProjectSnapshot Of(ProjectRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ProjectSnapshot(record);
    }

    /// <summary>The record the snapshot was taken of, for what the snapshot does not copy.</summary>
    public ProjectRecord Record { get; }

    /// <summary>A snapshot reads as its record wherever a helper asks for one.</summary>
    public static implicit operator ProjectRecord(ProjectSnapshot snapshot) => snapshot.Record;

    // Copied: the facts the common rules test.
    public string? Code { get; }

    /// <summary>A 项目代码 is given (not blank); whether it has the platform's shape is <see cref="HasWellFormedCode"/>.</summary>
    public bool HasCode { get; }

    public bool HasWellFormedCode { get; }
    public ProjectType? ProjectType { get; }
    public ProjectAttribute? Attribute { get; }
    public ProjectField? Field { get; }
    public ConstructionNature? Nature { get; }
    public ProjectStage? Stage { get; }
    public DateOnly? ActualStart { get; }
    public DateOnly? PlannedStart { get; }
    public decimal TotalInvestment { get; }
    public decimal? Equity { get; }
    public decimal? FeasibilityEstimate { get; }
    public decimal? DesignBudget { get; }
    public decimal? CompletedInvestment { get; }
    public decimal? EquityRatio { get; }
    public decimal? CompletionRatio { get; }
    public decimal? EffectiveCoverageRatio { get; }
    public decimal PlannedTotal { get; }
    public int FundingSourceCount { get; }
    public bool? Dishonest { get; }
    public bool? CentralFundedBefore { get; }
    public bool? InNationalLibrary { get; }
    public bool? InRollingPlan { get; }

    /// <summary>The status of the first pre-work item of this kind, or null when the record does not list it.</summary>
    public PreWorkStatus? StatusOf(PreWorkKind item)
    {
        if ((uint)item >= PreWorkStatuses.Length)
        {
            // A kind beyond the copied ones (none today) is looked up in the record.
            return Record.FindPreWork(item)?.Status;
        }
        var slot = _preWork[(int)item];
        return slot == NoPreWork ? null : (PreWorkStatus)(slot - 1);
    }

    /// <summary>Whether the stated negative list involves any of the items (null: the list is not stated).</summary>
    public bool? InvolvesAny(ulong itemMask) => NegativeListMask is { } mask ? (mask & itemMask) != 0 : null;

    internal ulong? NegativeListMask { get; }

    /// <summary>The common facts the record gives (<see cref="PresenceBits"/>).</summary>
    internal ulong PresentFacts { get; }
    internal int EquitySector { get; }

    // Read from the record: texts and lists that few rules read.
    public string? Id => Record.Id;
    public string Name => Record.Name;
    public string Department => Record.Department;
    public string Unit => Record.Unit;
    public string? UnitCreditCode => Record.UnitCreditCode;
    public string? IndustryCode => Record.IndustryCode;
    public List<string> Tags => Record.Tags;
    public string? Region => Record.Region;
    public string? Address => Record.Address;
    public string Scale => Record.Scale;
    public decimal? LandArea => Record.LandArea;
    public DateOnly? PlannedEnd => Record.PlannedEnd;
    public decimal? AnnualPlan => Record.AnnualPlan;
    public List<FundingSourceLine> FundingSources => Record.FundingSources;
    public List<ChannelRequest> Requests => Record.Requests;
    public string? RevenueSources => Record.RevenueSources;
    public decimal? ProjectRevenue => Record.ProjectRevenue;
    public decimal? DebtService => Record.DebtService;
    public decimal? CoverageRatio => Record.CoverageRatio;
    public List<PreWorkItem> PreWork => Record.PreWork;
    public List<NegativeListItem>? NegativeList => Record.NegativeList;
    public Dictionary<string, FactValue> Facts => Record.Facts;

    public decimal PlannedFrom(FundingSourceKind source) => Record.PlannedFrom(source);
    public PreWorkItem? FindPreWork(PreWorkKind item) => Record.FindPreWork(item);
    public bool TryGetFact(string key, out FactValue value) => Record.TryGetFact(key, out value);

    [InlineArray(Length)]
    private struct PreWorkStatuses
    {
        public const int Length = 32;
        private byte _first;
    }
}
