namespace Reserve.Plugins.UltraLongBonds;

/// <summary>The channel facts the 超长期特别国债 rules and checklist read, beyond the common record.</summary>
internal static class UltraLongBondsFacts
{
    public static readonly FactDescriptor InSpecialPlan = new(
        "inSpecialPlan", "已纳入地方或行业专项规划", FactType.Boolean, null,
        "项目已列入所在地或所属行业的专项规划（如城市地下管网、高标准农田建设规划）；超长期特别国债只支持已纳入专项规划的项目");

    public static readonly IReadOnlyList<FactDescriptor> All = [InSpecialPlan, FundingApplicationFacts.ReportPrepared];

    public static readonly FactRef InSpecialPlanRef = FactRef.Channel(InSpecialPlan);

    /// <summary>A yes/no fact; null when the record does not give it as 是 or 否.</summary>
    public static bool? Flag(ProjectRecord p, FactDescriptor fact) =>
        p.TryGetFact(fact.Key, out var value) && value.Type == FactType.Boolean ? value.Flag : null;

    /// <summary>The value as written, for messages.</summary>
    public static string Text(ProjectRecord p, FactDescriptor fact) =>
        p.TryGetFact(fact.Key, out var value) ? value.ToString() : "";
}
