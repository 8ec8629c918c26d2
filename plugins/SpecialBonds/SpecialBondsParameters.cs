namespace Reserve.Plugins.SpecialBonds;

/// <summary>The channel's dated parameters, bound once when the plugin loads.</summary>
internal sealed class SpecialBondsParameters(ParameterTable table)
{
    /// <summary>本息覆盖倍数底线 (1.0): below it revenue does not repay the debt, so the project is refused.</summary>
    public DatedParameter<decimal> MinCoverage { get; } = table.Decimal("minCoverageRatio");

    /// <summary>Provincial reviewers' threshold (1.1 or 1.2): practice, so a shortfall only lowers the score.</summary>
    public DatedParameter<decimal> ProvincialCoverage { get; } = table.Decimal("provincialCoverageRatio");

    /// <summary>The year's priority areas; not in force before 2020 and from 2025 (negative-list management).</summary>
    public DatedEnumList<ProjectField> PriorityFields { get; } = new(table, "priorityFields");

    /// <summary>Contents the bonds may not fund; the 2024 reform (国办发〔2024〕52号) changed the list.</summary>
    public DatedEnumList<NegativeListItem> NegativeList { get; } = new(table, "negativeList");

    /// <summary>Fields in which bond money may count as 项目资本金.</summary>
    public DatedEnumList<ProjectField> BondEquitySectors { get; } = new(table, "bondEquitySectors");

    /// <summary>Share of the bonds that may be used as 资本金 (20% → 25% → 30%).</summary>
    public DatedParameter<decimal> BondEquityRatioCap { get; } = table.Decimal("bondEquityRatioCap");
}
