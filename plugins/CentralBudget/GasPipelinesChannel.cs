namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// 中央预算内投资·城市燃气管道等老化更新改造 (from 2022): the shared rules plus scope (the 专项 in force,
/// 所属领域 市政公用 or 能源, and a pipeline-renewal content) and the 2022 regional ceiling.
/// </summary>
internal sealed class GasPipelinesChannel(PolicySourceTable sources)
{
    public const string Id = "central-budget.gas-pipelines";

    public ChannelDefinition Define(ParameterTable parameters)
    {
        var ceiling = GasRenovationCeiling.From(parameters);
        // The subsidised part (residents' and government-owned pipes) is public welfare, while a gas
        // company's own renewal project is 经营性: check 资本金 for non-government projects only.
        return new SubProgramme(Id, "中央预算内投资·城市燃气管道等老化更新改造", "国家发展改革委城市燃气管道等老化更新改造专项（2022年起；2022年管理暂行办法与保障性安居工程合为一个专项）：支持城市燃气、供水、排水、供热等老化管道及设施更新改造，如户外庭院管网、老化铝塑管、户内金属波纹管、自闭阀和报警器。补助按政府或居民产权部分（非专业经营单位和工商业用户产权）的老化更新改造投资（不含征地拆迁）计，原则上东部不高于30%、中部45%、西部60%、东北60%，四省涉藏州县和南疆四地州80%，西藏可达100%；该比例出自第三方转载的2022年暂行办法（须核对原文），平顶山2023年实例（约45%）只是一例。2024年起是否并入城市地下管网及设施专项未核实。")
        {
            Rules =
            [
                Scope(parameters),
                RequestWithinCeiling(parameters, ceiling),
            ],
            Facts = [CentralBudgetFacts.PublicPropertyRenovationInvestment],
            Ceiling = ceiling.Estimate,
        }
        .Define(parameters, sources);
    }

    /// <summary>
    /// 所属领域 says only 市政公用/能源, which also covers new mains and power plants: the name or scale must
    /// show a utility line, a pipe and its renewal for the project to be a 老化更新改造.
    /// </summary>
    private EligibilityRule Scope(ParameterTable parameters) =>
        new ProgrammeScope(
                "RQ-SCOPE",
                "属于城市燃气管道等老化更新改造（专项已设立；所属领域为市政公用或能源；建设内容为燃气、供水、排水、供热管道老化更新改造）",
                sources["gasRenovationScope"],
                "市政公用或能源领域的城市燃气、供水、排水、供热等老化管道及设施更新改造",
                [ProjectField.MunicipalUtilities, ProjectField.Energy])
            {
                Words =
                [
                    new ScopeWords("燃气、供水、排水或供热管线", ["燃气", "供水", "排水", "供热"]),
                    new ScopeWords("管道或管网", ["管道", "管网", "立管", "铝塑管", "波纹管", "软管"]),
                    new ScopeWords("老化更新改造", ["老化", "更新", "改造"]),
                ],
                Period = ProgrammePeriod.From(parameters, "gasRenovationSupported", "城市燃气管道等老化更新改造专项"),
            }
            .ToRule();

    private EligibilityRule RequestWithinCeiling(ParameterTable parameters, GasRenovationCeiling ceiling)
    {
        string Latest(string key) => ZhFormat.Percent(ParameterDisplay.Latest(parameters, key));
        var title = "申请中央预算内投资不超过政府或居民产权部分老化更新改造投资的地区比例上限" +
            $"（东部{Latest("gasRenovationMaxRatioEast")}、中部{Latest("gasRenovationMaxRatioCentral")}、西部{Latest("gasRenovationMaxRatioWest")}、东北{Latest("gasRenovationMaxRatioNortheast")}，" +
            $"四省涉藏州县和南疆四地州{Latest("gasRenovationMaxRatioSpecialAreas")}，西藏{Latest("gasRenovationMaxRatioTibet")}）";
        return Rule.Hard("RQ-REQUEST", title)
            .From(sources["gasRenovationRatio"])
            .AppliesWhen((_, c) => ceiling.InForce(c.AsOf))
            .Requires(CentralBudgetFacts.CentralRequest, FactRef.Channel(CentralBudgetFacts.PublicPropertyRenovationInvestment), CommonFacts.Region)
            .Evaluate((p, c) => ceiling.Amount(p, c.AsOf) is { } cap
                ? CentralBudgetCommonRules.CentralRequest(p) <= cap ? RuleVerdict.Pass : RuleVerdict.Fail
                // A 区划代码 that names no province cannot place the project in a region: it must be corrected.
                : c.Unknown(CommonFacts.Region))
            .Fail((p, c) => $"申请中央预算内投资 {ZhFormat.Wan(CentralBudgetCommonRules.CentralRequest(p))}，超过支持上限 {ZhFormat.Wan(ceiling.Compute(p, c.AsOf)!.Value.Amount)}（{ceiling.Compute(p, c.AsOf)!.Value.Arithmetic}）")
            .Build();
    }
}

/// <summary>
/// The most the 专项 gives one project under the 2022 暂行办法: the regional ratio of the renewal investment
/// in government- or resident-owned parts. Tibet and the listed special areas take precedence over the
/// province's region; null while the base, a usable 区划代码 or the ratios are missing.
/// </summary>
internal sealed class GasRenovationCeiling(
    DatedParameter<decimal> east,
    DatedParameter<decimal> central,
    DatedParameter<decimal> west,
    DatedParameter<decimal> northeast,
    DatedParameter<decimal> specialAreas,
    DatedParameter<decimal> tibet,
    DatedParameter<IReadOnlyList<string>> specialAreaPrefixes)
{
    public static GasRenovationCeiling From(ParameterTable parameters) => new(
        parameters.Decimal("gasRenovationMaxRatioEast"),
        parameters.Decimal("gasRenovationMaxRatioCentral"),
        parameters.Decimal("gasRenovationMaxRatioWest"),
        parameters.Decimal("gasRenovationMaxRatioNortheast"),
        parameters.Decimal("gasRenovationMaxRatioSpecialAreas"),
        parameters.Decimal("gasRenovationMaxRatioTibet"),
        parameters.List("gasRenovationSpecialAreas"));

    public bool InForce(DateOnly asOf) =>
        east.TryAt(asOf, out _) && central.TryAt(asOf, out _) && west.TryAt(asOf, out _) && northeast.TryAt(asOf, out _)
        && specialAreas.TryAt(asOf, out _) && tibet.TryAt(asOf, out _) && specialAreaPrefixes.TryAt(asOf, out _);

    /// <summary>The ceiling alone, for the rule: the arithmetic text is formatted only for messages.</summary>
    public decimal? Amount(ProjectRecord p, DateOnly asOf) =>
        Parts(p, asOf) is { } parts ? Math.Round(parts.Basis * parts.Tier.Ratio, 2) : null;

    public (decimal Amount, string Arithmetic)? Compute(ProjectRecord p, DateOnly asOf)
    {
        if (Parts(p, asOf) is not { } parts)
        {
            return null;
        }
        var (basis, tier) = parts;
        var amount = Math.Round(basis * tier.Ratio, 2);
        return (amount, $"政府或居民产权部分的老化更新改造投资 {ZhFormat.Wan(basis)} × {ZhFormat.Percent(tier.Ratio)}（建设地点 {p.Region} 属{tier.Label}）= {ZhFormat.Wan(amount)}");
    }

    private (decimal Basis, (string Label, decimal Ratio) Tier)? Parts(ProjectRecord p, DateOnly asOf) =>
        InForce(asOf)
        && FactReaders.Number(p, CentralBudgetFacts.PublicPropertyRenovationInvestment) is { } basis
        && Tier(p.Region, asOf) is { } tier
            ? (basis, tier)
            : null;

    public FundingEstimate? Estimate(ProjectRecord p, RuleContext c) =>
        Compute(p, c.AsOf) is { } result
            ? new FundingEstimate(result.Amount, $"{result.Arithmetic}；为“原则上不高于”的上限，按2022年暂行办法的地区比例（第三方转载，待核对原文），征地拆迁费用及专业经营单位、工商业用户产权部分不计入")
            : null;

    private (string Label, decimal Ratio)? Tier(string? region, DateOnly asOf)
    {
        if (EconomicRegions.Of(region) is not { } group)
        {
            return null;
        }
        if (EconomicRegions.IsTibet(region!))
        {
            return ("西藏", tibet.At(asOf));
        }
        if (specialAreaPrefixes.At(asOf).Any(prefix => region!.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return ("四省涉藏州县和南疆四地州", specialAreas.At(asOf));
        }
        var ratio = group switch
        {
            EconomicRegion.East => east.At(asOf),
            EconomicRegion.Central => central.At(asOf),
            EconomicRegion.West => west.At(asOf),
            _ => northeast.At(asOf),
        };
        return (ZhNames<EconomicRegion>.Of(group), ratio);
    }
}
