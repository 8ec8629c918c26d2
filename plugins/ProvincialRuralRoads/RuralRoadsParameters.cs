using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;

namespace Reserve.Plugins.ProvincialRuralRoads;

/// <summary>The channel's dated parameters (parameters.json), bound and checked once when the plugin loads.</summary>
internal sealed class RuralRoadsParameters(ParameterTable table)
{
    /// <summary>所属领域 the program is taken to cover (inferred from its name, no provincial text).</summary>
    public DatedParameter<IReadOnlyList<string>> ScopeFields { get; } = Checked<ProjectField>(table, "scopeFields");

    /// <summary>Words of which the name or 建设内容 must contain one.</summary>
    public DatedParameter<IReadOnlyList<string>> ScopeWords { get; } = table.List("scopeWords");

    /// <summary>资金来源 lines of the national channels the program draws on (domain-channels.md §2.7 table).</summary>
    public DatedParameter<IReadOnlyList<string>> NationalFundingLines { get; } = Checked<FundingSourceKind>(table, "nationalFundingLines");

    /// <summary>专项债 本息覆盖倍数 floor (收益与融资自求平衡).</summary>
    public DatedParameter<decimal> BondMinCoverage { get; } = table.Decimal("bondMinCoverageRatio");

    /// <summary>The most recent value, for rule titles; the rules themselves read the value at the match date.</summary>
    public static T Latest<T>(DatedParameter<T> parameter) => parameter.History().Last();

    /// <summary>
    /// Every word of an enumeration list is checked at load, so a misspelt 领域 or 资金来源 in parameters.json
    /// fails the plugin with its key instead of silently matching nothing.
    /// </summary>
    private static DatedParameter<IReadOnlyList<string>> Checked<TEnum>(ParameterTable table, string key) where TEnum : struct, Enum
    {
        var list = table.List(key);
        foreach (var word in list.History().SelectMany(w => w))
        {
            if (!ZhNames<TEnum>.TryParse(word, out _))
            {
                throw new FormatException($"参数 {key} 中的“{word}”不是允许的取值，应为：{string.Join("、", ZhNames<TEnum>.All)}");
            }
        }
        return list;
    }
}
