using Reserve.Channels;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Matching.Engine;

/// <summary>Turns an evaluation into the full, Chinese explanation of <see cref="MatchResult"/>.</summary>
internal static class MatchExplainer
{
    public static MatchResult Explain(ProjectSnapshot project, CompiledChannel compiled, RuleContext context, in ChannelEvaluation evaluation)
    {
        var channel = compiled.Channel;
        var definition = channel.Definition;
        var rules = compiled.Rules;
        var outcomes = new List<RuleOutcome>(rules.Length);
        var missingFacts = new List<MissingFact>();
        var ruleCount = evaluation.Error is null ? rules.Length : evaluation.FailedRule;
        for (var i = 0; i < ruleCount; i++)
        {
            var rule = rules[i];
            var verdict = evaluation.Verdicts.Span[i];
            IReadOnlyList<FactRef> missing = [];
            if (verdict == RuleVerdict.Unknown)
            {
                // Re-run the rule to learn which facts it lacked: cheaper than keeping lists for every rule of every match.
                context.ResetMissing();
                rule.Evaluate(project, context);
                missing = [.. context.MissingFacts];
                foreach (var fact in missing)
                {
                    if (!missingFacts.Exists(m => m.Key == fact.Key))
                    {
                        missingFacts.Add(new MissingFact(fact.Key, fact.Label));
                    }
                }
            }
            outcomes.Add(new RuleOutcome(
                rule.Id, rule.Title, rule.Kind, verdict, rule.Explain(verdict, project, context, missing),
                rule.Source.Citation, rule.Source.Confidence, rule.Source.Url, missing.Select(m => m.Key).ToList(), rule.Source.Note, rule.Source.AppliedByInference));
        }

        var (amount, basis, estimateError) = evaluation.Verdict is MatchVerdict.Eligible or MatchVerdict.NeedsInformation or MatchVerdict.Unconfirmed
            ? Estimate(definition, project.Record, context)
            : (null, null, null);
        var verdictOut = estimateError is null ? evaluation.Verdict : MatchVerdict.Error;
        var materials = definition.Materials
            .Where(m => m.AppliesTo(project.Record) && !m.IsPresent(project.Record))
            .Select(m => new MissingMaterial(m.Id, m.Name, m.Evidence))
            .ToList();
        var timing = StoredAnswers.Timing(compiled, context.AsOf);
        return new MatchResult(
            project.Id ?? "", project.Name, definition.Id, definition.Name, channel.PluginId, channel.PluginVersion, context.AsOf,
            verdictOut, verdictOut == MatchVerdict.Error ? 0 : evaluation.Score(rules), amount, basis, outcomes, missingFacts, materials,
            evaluation.Error ?? estimateError)
        {
            Timing = timing,
            Readiness = Readiness(project, compiled, context, evaluation, outcomes, definition, timing),
        };
    }

    /// <summary>
    /// The readiness list: each rule answered 申报前办理 (with its own date when it has one, else the date the
    /// application is made by), then each missing material, needed when the application is made.
    /// </summary>
    private static List<ReadinessItem> Readiness(
        ProjectSnapshot project, CompiledChannel compiled, RuleContext context, in ChannelEvaluation evaluation,
        List<RuleOutcome> outcomes, ChannelDefinition definition, TimingAnswer timing)
    {
        var items = new List<ReadinessItem>();
        var applyBy = timing.ApplyBy;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Verdict == RuleVerdict.ToPrepare)
            {
                var rule = compiled.Rules[i];
                items.Add(new ReadinessItem(rule.Id, rule.Title, outcomes[i].Message, rule.NeededBy(project, context, applyBy), rule.Source.Citation));
            }
        }
        foreach (var material in definition.Materials)
        {
            if (material.AppliesTo(project.Record) && !material.IsPresent(project.Record))
            {
                items.Add(new ReadinessItem(material.Id, material.Name, $"申报材料“{material.Name}”尚未齐备（{material.Evidence}）", applyBy, material.Source.Citation));
            }
        }
        return items;
    }

    public static MatchResult OutOfPeriod(ProjectRecord project, ActiveChannel channel, DateOnly asOf)
    {
        var d = channel.Definition;
        var period = Period(d);
        var source = d.PeriodSource ?? PolicySource.Unverified($"渠道有效期（插件 {channel.PluginId} {channel.PluginVersion} 声明，未注明出处）");
        var outcome = new RuleOutcome(
            MatchEngine.PeriodRuleId, "匹配日期在渠道有效期内", RuleKind.HardCondition, RuleVerdict.Fail,
            $"{d.Name} 的有效期为 {period}，匹配日期 {asOf:yyyy-MM-dd} 不在其内",
            source.Citation, source.Confidence, source.Url, [], source.Note);
        return new MatchResult(project.Id ?? "", project.Name, d.Id, d.Name, channel.PluginId, channel.PluginVersion, asOf,
            MatchVerdict.Ineligible, 0, null, null, [outcome], [], [], null)
        {
            Timing = PeriodTiming(channel, asOf),
        };
    }

    /// <summary>The timing answer of a channel outside its period on the date: ended, or not begun.</summary>
    public static TimingAnswer PeriodTiming(ActiveChannel channel, DateOnly asOf)
    {
        var d = channel.Definition;
        var period = Period(d);
        return new TimingAnswer(TimingState.OutOfPeriod, null, null,
            d.ValidTo is { } end && asOf > end ? $"{d.Name} 已于 {end.Year}年结束（有效期 {period}），本期不能申报"
            : $"{d.Name} 尚未开始（有效期 {period}），本期不能申报");
    }

    private static string Period(ChannelDefinition d) =>
        $"{(d.ValidFrom is { } f ? f.ToString("yyyy-MM-dd") : "不限")} 至 {(d.ValidTo is { } t ? t.ToString("yyyy-MM-dd") : "不限")}";

    public static MatchResult Failed(ProjectRecord project, ActiveChannel channel, DateOnly asOf, string error) =>
        new(project.Id ?? "", project.Name, channel.Id, channel.Definition.Name, channel.PluginId, channel.PluginVersion, asOf,
            MatchVerdict.Error, 0, null, null, [], [], [], error);

    private static (decimal?, string?, string?) Estimate(ChannelDefinition definition, ProjectRecord project, RuleContext context)
    {
        if (definition.Estimate is null)
        {
            return (null, null, null);
        }
        try
        {
            var estimate = definition.Estimate(project, context);
            return (estimate?.Amount, estimate?.Basis, null);
        }
        catch (Exception ex)
        {
            return (null, null, $"资金测算出错：{ex.Message}");
        }
    }
}
