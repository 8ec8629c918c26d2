namespace Reserve.Plugins.AntiPandemicBonds;

/// <summary>The rules of the 抗疫特别国债（2020年） channel.</summary>
internal static class AntiPandemicBondsRules
{
    public static IReadOnlyList<EligibilityRule> Build(AntiPandemicBondsParameters parameters, PolicySourceTable sources) =>
    [
        // Baseline that every government-funded project met in 2020 as now. No 容缺承诺 is known to
        // have been accepted, so the approval must be complete.
        StandardRules.ProjectCode(),
        StandardRules.ApprovalChain(acceptCommitment: false),

        // Channel conditions.
        Scope(parameters.Categories, sources),
        StartsInYear(parameters.StartYear, sources),

        StandardRules.PlannedSourcesWithinTotal(),
        StandardRules.UnitNotDishonest(sources["dishonest"]),
    ];

    /// <summary>
    /// One of the categories, or a 两新一重 project: the categories are recognised by field or words, the
    /// 两新一重 tags by the SDK's classifier so that this channel and the reports use one definition.
    /// </summary>
    private static EligibilityRule Scope(DatedScopeList categories, PolicySourceTable sources) =>
        Rule.Hard("KYGZ-SCOPE", "属于抗疫特别国债投向类别（公共卫生体系和重大疫情防控救治体系、应急物资保障体系、城镇老旧小区改造、城市管网和排水设施，或“两新一重”项目）")
            .From(sources["categories"])
            .Evaluate((p, c) =>
            {
                if (categories.Find(p, c.AsOf) is not null || TwoNewOneMajor.Classify(p).Count > 0)
                {
                    return RuleVerdict.Pass;
                }
                // Only the words were checked; a field (公共卫生, 交通 …) could still bring the project in.
                return p.Field is null ? c.Unknown(CommonFacts.Field) : RuleVerdict.Fail;
            })
            .Pass((p, c) =>
            {
                if (categories.Find(p, c.AsOf) is { } category)
                {
                    return $"属投向类别“{category.Name}”：{category.Reason(p)}";
                }
                var tag = TwoNewOneMajor.Classify(p)[0];
                return $"属“两新一重”项目“{tag.Tag}”：{tag.Reason}";
            })
            .Fail((p, c) =>
                $"所属领域为“{ZhNames<ProjectField>.Of(p.Field!.Value)}”，名称及建设内容不属于抗疫特别国债投向类别（{DatedScopeList.Join(categories.At(c.AsOf))}），" +
                "也未识别为“两新一重”项目（新型基础设施、新型城镇化、交通水利能源等重大工程）；要求属于上述类别之一")
            .Build();

    /// <summary>
    /// Started, or planned to start, within the year. A project under way without an actual start date is
    /// unknown, not assumed to have started in the year.
    /// </summary>
    private static EligibilityRule StartsInYear(DatedParameter<decimal> startYear, PolicySourceTable sources)
    {
        var titleYear = (int)startYear.History().Last();
        return Rule.Hard("KYGZ-START", $"项目在{titleYear}年内开工（实际开工时间或计划开工时间在{titleYear}年）")
            .From(sources["startInYear"])
            .Evaluate((p, c) =>
            {
                var year = (int)startYear.At(c.AsOf);
                if (p.ActualStart is { } actual)
                {
                    return actual.Year == year ? RuleVerdict.Pass : RuleVerdict.Fail;
                }
                if (p.Stage is ProjectStage.NewStart or ProjectStage.Continuing or ProjectStage.Completed)
                {
                    return c.Unknown(CommonFacts.ActualStart);
                }
                if (p.PlannedStart is not { } planned)
                {
                    return c.Unknown(CommonFacts.PlannedStart);
                }
                return planned.Year == year ? RuleVerdict.Pass : RuleVerdict.Fail;
            })
            .Fail((p, c) =>
            {
                var year = (int)startYear.At(c.AsOf);
                var actual = p.ActualStart is { } a ? $"实际开工时间 {ZhFormat.Date(a)}" : $"计划开工时间 {ZhFormat.Date(p.PlannedStart!.Value)}";
                return $"{actual}，不在{year}年内；要求在{year}年1月1日至12月31日之间开工（抗疫特别国债只支持当年开工的项目）";
            })
            .Build();
    }
}
