namespace Reserve.Plugins.ProvincialOldCommunities;

/// <summary>
/// The rules of 甘肃省级专项·城镇老旧小区改造: the national baseline, then the G6 block of
/// (built by 2000, resident will, 年度计划, not 棚改, not self-built or 城中村).
/// </summary>
internal sealed class OldCommunityRules(PolicySourceTable sources)
{
    public IReadOnlyList<EligibilityRule> Build(ParameterTable parameters) =>
    [
        .. BorrowedRules.Baseline(sources.Inference),
        Scope(),
        Built(parameters.Decimal("builtCutoffYear")),
        ResidentWill(),
        InAnnualPlan(),
        StandardRules.UnitNotDishonest(sources["dishonest"]),
        NotShantyRedevelopment(),
        NotSelfBuiltOrUrbanVillage(),
    ];

    /// <summary>The field is the record's own classification; the words catch a compound filed under 市政公用.</summary>
    private EligibilityRule Scope() =>
        Rule.Hard("GSOLD-SCOPE", "属于城镇老旧小区改造（所属领域为城镇老旧小区，或名称、建设内容为老旧小区改造）")
            .From(sources["definition"])
            .Evaluate((p, c) =>
            {
                if (p.Field == ProjectField.OldResidentialCommunities || NamesOldCompound(p))
                {
                    return RuleVerdict.Pass;
                }
                return p.Field is null ? c.Unknown(CommonFacts.Field) : RuleVerdict.Fail;
            })
            .Pass((p, _) => p.Field == ProjectField.OldResidentialCommunities ? "所属领域为城镇老旧小区" : "名称或建设内容为老旧小区改造")
            .Fail((p, _) => $"所属领域为“{ZhNames<ProjectField>.Of(p.Field!.Value)}”，名称和建设内容也未写明老旧小区改造；本专项只支持城镇老旧小区改造项目")
            .Build();

    // Name and scale searched apart rather than joined: the word has no space, so it cannot span the two.
    private static bool NamesOldCompound(ProjectRecord p) =>
        p.Name.Contains("老旧小区", StringComparison.Ordinal) || p.Scale.Contains("老旧小区", StringComparison.Ordinal);

    private EligibilityRule Built(DatedParameter<decimal> cutoff) =>
        Rule.Hard("GSOLD-BUILT", $"小区建成年代符合要求（{(int)cutoff.History().Last()}年底前建成）")
            .From(sources["definition"])
            .Requires(OldCommunityFacts.BuiltYear)
            .Evaluate((p, c) => OldCommunityFacts.BuiltYearOf(p) is { } year
                ? year <= cutoff.At(c.AsOf) ? RuleVerdict.Pass : RuleVerdict.Fail
                : c.Unknown(OldCommunityFacts.BuiltYear))
            .Pass((p, c) => $"小区建成年份为{OldCommunityFacts.BuiltYearOf(p)}年，在{(int)cutoff.At(c.AsOf)}年底前建成")
            .Fail((p, c) => $"小区建成年份为{OldCommunityFacts.BuiltYearOf(p)}年，晚于要求的{(int)cutoff.At(c.AsOf)}年底前建成（2001—2005年建成小区在部分省份按年度改造户数比例统筹，属省级计划安排，甘肃口径未取得）")
            .Build();

    /// <summary>
    /// The will of the residents is shown by a finished consultation. The consent share is quoted but not
    /// judged: no threshold is sourced, and inventing one would refuse or admit compounds on a guess.
    /// </summary>
    private EligibilityRule ResidentWill() =>
        Rule.Hard("GSOLD-WILL", "居民改造意愿强烈：已完成居民意愿征询")
            .From(sources["residentWill"])
            .Requires(OldCommunityFacts.ResidentConsultation)
            .Check((p, _) => p.FindPreWork(PreWorkKind.ResidentConsultation)!.Status == PreWorkStatus.Completed)
            .Pass((p, _) => "居民意愿征询已完成" + ConsentNote(p))
            .Fail((p, _) => $"居民意愿征询为{ZhNames<PreWorkStatus>.Of(p.FindPreWork(PreWorkKind.ResidentConsultation)!.Status)}，要求已完成征询（问卷、签字），以证明居民改造意愿强烈" + ConsentNote(p))
            .Build();

    private static string ConsentNote(ProjectRecord p) =>
        OldCommunityFacts.ResidentConsentOf(p) is { } consent
            ? $"；居民同意改造比例 {ZhFormat.Percent(consent)}（甘肃省同意比例门槛未取得，未作判断）"
            : "";

    private EligibilityRule InAnnualPlan() =>
        FactRules.MustBeYes("GSOLD-PLAN", "小区已纳入城镇老旧小区改造年度计划", sources["annualPlan"], OldCommunityFacts.AnnualPlanFact,
            "小区未纳入城镇老旧小区改造年度计划，要求先列入本地当年改造计划再申报");

    private EligibilityRule NotShantyRedevelopment() =>
        FactRules.MustBeNo("GSOLD-SHANTY", "不属于棚户区改造（拆除重建）项目", sources["exclusions"], OldCommunityFacts.ShantyRedevelopmentFact,
            "项目属于棚户区改造（拆除重建），不属于城镇老旧小区改造，不得申报本专项（应按棚改渠道申报）");

    private EligibilityRule NotSelfBuiltOrUrbanVillage() =>
        FactRules.MustBeNo("GSOLD-SELF-BUILT", "改造区域不以居民自建住房为主，且不属于城中村", sources["exclusions"], OldCommunityFacts.SelfBuiltOrUrbanVillageFact,
            "改造区域以居民自建住房为主或属于城中村，不纳入城镇老旧小区改造支持范围");
}
