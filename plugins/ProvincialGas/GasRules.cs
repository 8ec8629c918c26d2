namespace Reserve.Plugins.ProvincialGas;

/// <summary>
/// The rules of 甘肃省级专项·燃气: the baseline the national channels share, the program's inferred scope,
/// the 2022+ central pipeline-renewal content as a score, the 专项债 balance where the plan uses 专项债,
/// and a hint for plans that draw on a national channel. No ratio is modelled: the provincial one was
/// not found, and the 2023 Pingdingshan share is one project's outcome, not a rule.
/// </summary>
internal static class GasRules
{
    /// <summary>Fitting the central renewal 专项 is the concrete sourced link, so it weighs as much as the plan hint.</summary>
    private const decimal RenewalWeight = 10m;

    /// <summary>The programme's words; its sources are the manifest's.</summary>
    public static RoutedProgram Programme(PolicySourceTable sources) =>
        RoutedProgram.From(sources, "RQ", "燃气", "燃气管道、管网或储气设施", "燃气管道、管网或储气设施");

    public static IReadOnlyList<EligibilityRule> Build(GasParameters parameters, PolicySourceTable sources) =>
        RoutedProgramRules.Build(Programme(sources), parameters.Routed, PipelineRenewal(parameters, sources["pipelineRenewal"]));

    /// <summary>
    /// The central 专项 for ageing gas pipes exists from 2022, so before then the rule does not apply; a
    /// project whose content is that renewal can also be put to the central 专项.
    /// </summary>
    private static EligibilityRule PipelineRenewal(GasParameters parameters, PolicySource source)
    {
        var words = parameters.RenewalWords;
        return Rule.Scoring("RQ-RENEWAL", $"属于中央预算内城市燃气管道等老化更新改造专项的支持内容（{words.Periods().First().From.Year}年起：户外庭院管网、老化铝塑管、金属波纹管、自闭阀和报警器等）", RenewalWeight)
            .From(source)
            .AppliesWhen((_, c) => words.TryAt(c.AsOf, out var _))
            .Check((p, c) => Mentions(p, words.At(c.AsOf)))
            .Fail((_, c) => $"项目名称及建设内容未涉及燃气管道老化更新改造（要求含“{Join(words.At(c.AsOf))}”之一），不在{ZhFormat.Date(c.AsOf)}适用的中央预算内城市燃气管道等老化更新改造专项支持内容内；评分不加分")
            .Pass((_, _) => "建设内容属于燃气管道老化更新改造，可同时对接中央预算内城市燃气管道等老化更新改造专项")
            .Build();
    }

    private static bool Mentions(ProjectRecord p, IReadOnlyList<string> words)
    {
        // A loop rather than Any with a lambda capturing the project: this runs for every project.
        for (var i = 0; i < words.Count; i++)
        {
            if (p.Name.Contains(words[i], StringComparison.Ordinal) || p.Scale.Contains(words[i], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static string Join(IReadOnlyList<string> items) => string.Join("、", items);
}
