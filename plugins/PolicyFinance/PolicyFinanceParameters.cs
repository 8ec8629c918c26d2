namespace Reserve.Plugins.PolicyFinance;

/// <summary>
/// The channel's dated parameters, bound once when the plugin loads. The 2022 batch
/// takes effect on 2022-06-29 and the 2025 batch on 2025-04-25, the dates of the meetings that decided
/// them; conditions the 2022 batch did not have are flags that turn on with the 2025 batch.
/// </summary>
internal sealed class PolicyFinanceParameters(ParameterTable table)
{
    /// <summary>Which batch a match date falls under; not in force before the 2022 batch was decided.</summary>
    public DatedParameter<string> Batch { get; } = table.Text("instrumentBatch");

    /// <summary>Each batch with the date it takes effect, for titles and messages.</summary>
    public IReadOnlyList<(DateOnly From, string Name)> Batches { get; } =
        [.. table.History("instrumentBatch").Where(b => b.Value is not null).Select(b => (b.From, b.Value!))];

    /// <summary>The batch's supported areas, as 所属领域, “两新一重” tags and words of name and scale.</summary>
    public DatedParameter<IReadOnlyList<string>> ScopeFields { get; } = table.List("scopeFields");
    public DatedParameter<IReadOnlyList<string>> ScopeTags { get; } = table.List("scopeTags");
    public DatedParameter<IReadOnlyList<string>> ScopeWords { get; } = table.List("scopeWords");

    /// <summary>Contents the instrument's money may not go to (负面清单内容 words).</summary>
    public DatedParameter<IReadOnlyList<string>> NegativeList { get; } = table.List("negativeList");

    /// <summary>The instrument's share of 项目资本金 at most (50%, 国发〔2019〕26号).</summary>
    public DatedParameter<decimal> EquityShareCap { get; } = table.Decimal("equityShareCap");

    /// <summary>Completed share of a project under construction at most; in force from the 2025 batch only.</summary>
    public DatedParameter<decimal> MaxCompletionRatio { get; } = table.Decimal("maxCompletionRatio");

    /// <summary>Whether a project not yet started needs its 施工许可 (2025 batch).</summary>
    public DatedParameter<bool> PermitForNewProjects { get; } = table.Flag("constructionPermitForNewProjects");

    /// <summary>Whether pure government-investment projects are refused (2025 batch).</summary>
    public DatedParameter<bool> MarketEntityOnly { get; } = table.Flag("marketEntityOnly");

    /// <summary>The batch's name for messages, or the year when no batch is in force.</summary>
    public string BatchName(DateOnly date) => Batch.TryAt(date, out var name) ? name : $"{date.Year}年";

    /// <summary>True when a dated flag is in force on the date and set.</summary>
    public static bool IsOn(DatedParameter<bool> flag, DateOnly date) => flag.TryAt(date, out var on) && on;

    /// <summary>The year a condition first applies, for titles: the year is the parameter's, not written again.</summary>
    public static int FirstYearOn(DatedParameter<bool> flag) => flag.Periods().First(p => p.Value).From.Year;
}
