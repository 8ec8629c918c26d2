namespace Reserve.Plugins.ProvincialNewInfrastructure;

/// <summary>
/// The rules of 甘肃省级专项·新基建: the national baseline and the NDRC definition of
/// 新型基础设施. The row has no other sourced rule, and none is invented.
/// </summary>
internal sealed class NewInfrastructureRules(PolicySourceTable sources)
{
    public IReadOnlyList<EligibilityRule> Build() =>
    [
        .. BorrowedRules.Baseline(sources.Inference),
        Scope(),
        StandardRules.UnitNotDishonest(sources["dishonest"]),
    ];

    /// <summary>
    /// The SDK classifier decides the category from the field and the words of the name and scale. A field
    /// of 新型基础设施 alone names no category, so the content must show one; the message says how.
    /// </summary>
    private EligibilityRule Scope() =>
        Rule.Hard("GSXJJ-SCOPE", "属于新型基础设施（国家发展改革委界定的信息、融合、创新基础设施之一）")
            .From(sources["definition"])
            .Check((p, _) => TwoNewOneMajor.Has(p, TwoNewOneMajor.NewInfrastructure))
            .Pass((p, _) => "标注为" + string.Join("；", Tags(p).Select(t => $"{t.Tag}（{t.Reason}）")))
            .Fail((p, _) =>
            {
                var field = p.Field is { } f ? $"所属领域为“{ZhNames<ProjectField>.Of(f)}”，" : "";
                var hint = p.Field == ProjectField.NewInfrastructure
                    ? "；所属领域虽填为新型基础设施，但须在名称或建设内容中写明属哪一类"
                    : "";
                return $"{field}名称和建设内容未体现新型基础设施：要求属于信息基础设施（如5G、物联网、数据中心、人工智能、云计算）、融合基础设施（如智能交通、智慧能源、充电桩）或创新基础设施（如重大科技基础设施、重点实验室）之一{hint}";
            })
            .Build();

    private static List<ClassificationTag> Tags(ProjectRecord p) =>
        TwoNewOneMajor.Classify(p).Where(t => t.Tag.StartsWith(TwoNewOneMajor.NewInfrastructure + "-", StringComparison.Ordinal)).ToList();
}
