using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Standard;

/// <summary>
/// The dated parameters every routed programme keeps under the same keys (<c>scopeFields</c>, <c>scopeWords</c>,
/// <c>nationalFundingLines</c>, <c>bondMinCoverageRatio</c>), bound and checked once when the plugin loads; the
/// inputs of <see cref="RoutedProgramRules"/>.
/// </summary>
public sealed class RoutedProgramParameters(ParameterTable table)
{
    /// <summary>所属领域 the programme is taken to cover.</summary>
    public DatedParameter<IReadOnlyList<string>> ScopeFields { get; } = table.EnumList<ProjectField>("scopeFields");

    /// <summary>Words of which the name or 建设内容 must contain one.</summary>
    public DatedParameter<IReadOnlyList<string>> ScopeWords { get; } = table.List("scopeWords");

    /// <summary>资金来源 lines of the national channels the programme draws on.</summary>
    public DatedParameter<IReadOnlyList<string>> NationalFundingLines { get; } = table.EnumList<FundingSourceKind>("nationalFundingLines");

    /// <summary>专项债 本息覆盖倍数 floor (收益与融资自求平衡).</summary>
    public DatedParameter<decimal> BondMinCoverage { get; } = table.Decimal("bondMinCoverageRatio");
}
