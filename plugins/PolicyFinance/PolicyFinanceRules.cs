namespace Reserve.Plugins.PolicyFinance;

/// <summary>
/// The rules of the 政策性开发性金融工具 channel. One channel whose
/// conditions change with the batch in force on the match date: the 2022 instrument and the 2025
/// 新型政策性金融工具 share the 50%-of-资本金 cap and the negative list; the 2025 batch adds a 施工许可
/// for new projects, an 80% completion ceiling and a market-oriented applicant.
/// </summary>
internal sealed class PolicyFinanceRules(PolicySourceTable sources)
{
    public IReadOnlyList<EligibilityRule> Build(PolicyFinanceParameters parameters)
    {
        var scope = new InstrumentScope(parameters);
        return
        [
            // Baseline. The instrument tops up 资本金 of projects that are
            // approved (or 核准/备案) and financed within their total investment.
            .. StandardRules.CapitalProjectBaseline(sources["dishonest"]),

            // Channel rules.
            BatchInForce(parameters),
            Scope(parameters, scope),
            NegativeList(parameters),
            EquityShareCap(parameters),
            EquityGapExists(),
            ConstructionPermit(parameters),
            Completion(parameters),
            MarketEntity(parameters),
        ];
    }

    /// <summary>
    /// The channel opens on 2022-01-01, but the instrument was decided on 2022-06-29; before that no batch
    /// existed to apply to, which is said plainly instead of matching against rules not yet made. Between the
    /// batches (2023-01-01 to 2025-04-24) no batch was open either: the parameter ends there.
    /// </summary>
    private EligibilityRule BatchInForce(PolicyFinanceParameters parameters)
    {
        var batch = parameters.Batch;
        var (firstFrom, firstName) = parameters.Batches[0];
        var batches = string.Join("，", parameters.Batches.Select(b => $"{ZhFormat.Date(b.From)}起为{b.Name}"));
        return Rule.Hard("PFI-BATCH", $"匹配日期已设立政策性金融工具（{batches}）")
            .From(sources["batches"])
            .Check((_, c) => batch.TryAt(c.AsOf, out var _))
            .Fail((_, c) => c.AsOf < firstFrom
                ? $"匹配日期 {ZhFormat.Date(c.AsOf)} 时尚未设立政策性金融工具（首批“{firstName}”自{ZhFormat.Date(firstFrom)}起设立），无可申报的批次"
                : $"匹配日期 {ZhFormat.Date(c.AsOf)} 时没有在投放的政策性金融工具批次（{batches}；2022年批次已于当年投放完毕，2023—2024年未新设批次），本期不能申报")
            .Pass((_, c) => $"匹配日期 {ZhFormat.Date(c.AsOf)} 适用“{batch.At(c.AsOf)}”的规则")
            .Build();
    }

    /// <summary>
    /// The supported areas changed between batches (2022: infrastructure, major innovation, 专项债-eligible
    /// projects; 2025: digital economy, AI, low-altitude economy, consumption and others), so the lists are
    /// dated. A project whose words or tags place it in scope needs no 所属领域; otherwise the field decides.
    /// </summary>
    private EligibilityRule Scope(PolicyFinanceParameters parameters, InstrumentScope scope) =>
        Rule.Hard("PFI-SCOPE", "项目属于匹配日期所在批次的支持领域（2022年：五大基础设施、重大科技创新、其他可由专项债支持的项目；2025年：数字经济、人工智能、低空经济、消费、绿色低碳、农业农村、交通物流、城市基础设施）")
            .From(sources["scope"])
            .AppliesWhen((_, c) => scope.InForce(c.AsOf))
            .Evaluate((p, c) =>
            {
                if (scope.Contains(p, c.AsOf))
                {
                    return RuleVerdict.Pass;
                }
                return p.Field is null ? c.Unknown(CommonFacts.Field) : RuleVerdict.Fail;
            })
            .Fail((p, c) => $"所属领域为“{ZhNames<ProjectField>.Of(p.Field!.Value)}”，不属所列“两新一重”分类，名称及建设内容也未含支持领域关键词，不在“{parameters.BatchName(c.AsOf)}”的支持范围内（{scope.Describe(c.AsOf)}）")
            .Pass((p, c) => $"属于“{parameters.BatchName(c.AsOf)}”支持范围：{scope.Reason(p, c.AsOf)}")
            .Build();

    /// <summary>The standard dated negative-list exclusion, not applicable before the first batch.</summary>
    private EligibilityRule NegativeList(PolicyFinanceParameters parameters)
    {
        var list = parameters.NegativeList;
        var rule = WindowRules.NotOnDatedNegativeList(
            "PFI-NEGATIVE", "工具资金不投向楼堂馆所、形象工程和普通房地产", sources["negativeList"], list);
        return DatedGate.OnlyWhen(rule, date => list.TryAt(date, out _));
    }

    /// <summary>
    /// The cross-channel constraint: money from the instrument counts as 资本金 only up to half of it
    /// (国发〔2019〕26号), so the funding plan's 政策性开发性金融工具 line may not exceed 50% of 项目资本金.
    /// </summary>
    private EligibilityRule EquityShareCap(PolicyFinanceParameters parameters)
    {
        var cap = parameters.EquityShareCap;
        return Rule.Hard("PFI-EQUITY-CAP", $"资金来源中政策性开发性金融工具不超过项目资本金的{ZhFormat.Percent(cap.History().Last())}（国发〔2019〕26号）")
            .From(sources["equityShare"])
            .Requires(CommonFacts.Equity, PolicyFinanceFacts.InstrumentLineRef)
            .Check((p, c) => Instrument(p) <= Limit(p, cap.At(c.AsOf)))
            .Fail((p, c) => $"资金来源中政策性开发性金融工具计划 {ZhFormat.Wan(Instrument(p))}，{ShareOfEquity(p)}，超过上限 {ZhFormat.Percent(cap.At(c.AsOf))}（即不超过 {ZhFormat.Wan(Limit(p, cap.At(c.AsOf)))}）；超出部分不能认定为项目资本金")
            .Pass((p, c) => $"资金来源中政策性开发性金融工具计划 {ZhFormat.Wan(Instrument(p))}，{ShareOfEquity(p)}，不超过上限 {ZhFormat.Percent(cap.At(c.AsOf))}（{ZhFormat.Wan(Limit(p, cap.At(c.AsOf)))}）")
            .Build();
    }

    /// <summary>
    /// The instrument tops up 资本金; a project whose 资本金 is fully in place has nothing for it to fill.
    /// The gap is the declared figure, else 资本金 − 已到位资本金; never guessed from the funding lines.
    /// </summary>
    private EligibilityRule EquityGapExists() =>
        Rule.Hard("PFI-EQUITY-GAP", "项目存在资本金缺口（资本金缺口大于0）")
            .From(sources["equityGap"])
            .Evaluate((p, c) =>
            {
                if (EquityGap.AmountOf(p) is { } gap)
                {
                    return gap > 0m ? RuleVerdict.Pass : RuleVerdict.Fail;
                }
                // 已到位资本金 without 项目资本金 leaves the gap open only for want of the 资本金.
                return PolicyFinanceFacts.Number(p, PolicyFinanceFacts.EquityArrived) is not null
                    ? c.Unknown(CommonFacts.Equity)
                    : c.Unknown(PolicyFinanceFacts.EquityGapRef);
            })
            .Fail((p, _) => $"{EquityGap.Of(p)!.Value.Arithmetic}，要求大于0万元：资本金已足额落实，无需以政策性金融工具补充资本金")
            .Pass((p, _) => EquityGap.Of(p)!.Value.Arithmetic)
            .Build();

    /// <summary>
    /// 2025: a project not yet under way must already hold its 施工许可, so the money turns into work at
    /// once. Projects under way are held to the completion ceiling instead; when the stage is not given
    /// and the permit not completed, it is unknown which of the two applies.
    /// </summary>
    private EligibilityRule ConstructionPermit(PolicyFinanceParameters parameters)
    {
        var required = parameters.PermitForNewProjects;
        var permit = FactRef.PreWork(PreWorkKind.ConstructionPermit);
        return Rule.Hard("PFI-PERMIT", $"新建（尚未开工）项目已取得施工许可（{PolicyFinanceParameters.FirstYearOn(required)}年新型政策性金融工具起）")
            .From(sources["maturity2025"])
            .AppliesWhen((p, c) => PolicyFinanceParameters.IsOn(required, c.AsOf) && !IsUnderWay(p))
            .Evaluate((p, c) =>
            {
                var item = p.FindPreWork(PreWorkKind.ConstructionPermit);
                if (item is { Status: PreWorkStatus.Completed })
                {
                    return RuleVerdict.Pass;
                }
                if (item is null)
                {
                    c.AddMissing(permit);
                }
                if (p.Stage is null)
                {
                    c.AddMissing(CommonFacts.Stage);
                }
                return item is null || p.Stage is null ? RuleVerdict.Unknown : RuleVerdict.Fail;
            })
            .Fail((p, c) => $"项目阶段为“{ZhNames<ProjectStage>.Of(p.Stage!.Value)}”（尚未开工），施工许可为“{ZhNames<PreWorkStatus>.Of(p.FindPreWork(PreWorkKind.ConstructionPermit)!.Status)}”；{parameters.BatchName(c.AsOf)}要求新建项目已取得施工许可（已完成）")
            .Pass((p, _) => $"施工许可已完成{(p.FindPreWork(PreWorkKind.ConstructionPermit)!.DocNumber is { Length: > 0 } doc ? $"（{doc}）" : "")}")
            // Due when the application is made: at 谋划/前期 a permit not yet issued is to prepare; from 新开工 on it decides.
            .ReadinessWhen(ReserveStage.Holds)
            .ToPrepare((p, _) => $"项目处于{ZhNames<ProjectStage>.Of(p.Stage!.Value)}阶段，施工许可为“{(p.FindPreWork(PreWorkKind.ConstructionPermit) is { } permit ? ZhNames<PreWorkStatus>.Of(permit.Status) : "未列入前期工作")}”：申报前须取得施工许可")
            .Build();
    }

    /// <summary>2025: a project under way may have completed at most 80% of its investment (standard rule, dated).</summary>
    private EligibilityRule Completion(PolicyFinanceParameters parameters)
    {
        var maximum = parameters.MaxCompletionRatio;
        var rule = StandardRules.CompletionAtMost(
            "PFI-COMPLETION", $"在建项目累计完成投资不超过总投资的{ZhFormat.Percent(maximum.History().Last())}（{maximum.Periods().First().From.Year}年新型政策性金融工具起）",
            sources["maturity2025"], maximum);
        return DatedGate.OnlyWhen(rule, date => maximum.TryAt(date, out _));
    }

    /// <summary>
    /// 2025: the applicant is a market-oriented entity, not a pure government-investment project. The
    /// record's 项目属性 is the evidence the record has; 企业投资 and 政府和社会资本合作 pass.
    /// </summary>
    private EligibilityRule MarketEntity(PolicyFinanceParameters parameters)
    {
        var required = parameters.MarketEntityOnly;
        return Rule.Hard("PFI-MARKET", $"申报主体为市场化经营主体，不是纯政府投资项目（{PolicyFinanceParameters.FirstYearOn(required)}年新型政策性金融工具起）")
            .From(sources["marketEntity2025"])
            .AppliesWhen((_, c) => PolicyFinanceParameters.IsOn(required, c.AsOf))
            .Requires(CommonFacts.Attribute)
            .Check((p, _) => p.Attribute != ProjectAttribute.Government)
            .Fail((p, c) => $"项目属性为“{ZhNames<ProjectAttribute>.Of(p.Attribute!.Value)}”，{parameters.BatchName(c.AsOf)}要求申报主体为市场化经营主体（项目属性应为企业投资或政府和社会资本合作），不支持纯政府投资项目")
            .Pass((p, _) => $"项目属性为“{ZhNames<ProjectAttribute>.Of(p.Attribute!.Value)}”，项目单位“{p.Unit}”")
            .Build();
    }

    /// <summary>Started (an actual start date) or at a stage past the start.</summary>
    private static bool IsUnderWay(ProjectRecord p) =>
        p.ActualStart is not null || p.Stage is ProjectStage.Continuing or ProjectStage.Completed;

    private static decimal Instrument(ProjectRecord p) => p.PlannedFrom(FundingSourceKind.PolicyFinancialInstrument);

    private static decimal Limit(ProjectRecord p, decimal share) => p.Equity!.Value * share;

    private static string ShareOfEquity(ProjectRecord p) =>
        p.Equity > 0m
            ? $"为项目资本金 {ZhFormat.Wan(p.Equity!.Value)} 的 {ZhFormat.Percent(Instrument(p) / p.Equity.Value)}"
            : $"项目资本金为 {ZhFormat.Wan(p.Equity!.Value)}";
}
