namespace Reserve.Plugins.CentralBudget;

/// <summary>中央预算内投资·城乡冷链和国家物流枢纽: the shared rules plus scope, cold-store size, completion and ceiling.</summary>
internal sealed class ColdChainChannel(PolicySourceTable sources)
{
    public const string Id = "central-budget.cold-chain";

    public ChannelDefinition Define(ParameterTable parameters)
    {
        var ceiling = new ColdChainCeiling(parameters.Decimal("coldChainMaxRatio"), parameters.Decimal("coldChainMaxAmount"));
        // Cold stores and logistics facilities earn storage and handling fees: they are 经营性, so the 资本金 minimum applies to all.
        return new SubProgramme(Id, "中央预算内投资·城乡冷链和国家物流枢纽", "国家发展改革委城乡冷链和国家物流枢纽建设专项：支持国家物流枢纽、国家骨干冷链物流基地内公共性基础性设施补短板，服务肉类屠宰加工及流通的冷链物流设施（不含屠宰加工线），公共冷库新建、改扩建和智能化改造。单个项目原则上不超过符合支持方向的核定投资的30%，最高5000万元；土地购置、办公用房不纳入支持。企业投资项目以投资补助或贷款贴息方式安排，政府投资项目可采取直接投资或资本金注入。")
        {
            Options = new CommonRuleOptions(MaturityPreWork.Standard, EquityCoverage.All),
            Rules =
            [
                Scope(),
                ColdStoreSize(parameters),
                StandardRules.CompletionAtMost(
                    "LL-COMPLETION",
                    $"申报时累计完成投资不超过总投资的{ZhFormat.Percent(ParameterDisplay.Latest(parameters, "coldChainMaxCompletion"))}",
                    sources["coldChainCompletion"],
                    parameters.Decimal("coldChainMaxCompletion")),
                RequestWithinCeiling(parameters, ceiling),
            ],
            Facts = [ColdStorageFacts.TonnesFact, ColdStorageFacts.CubicMetresFact],
            Ceiling = ceiling.Estimate,
        }
        .Define(parameters, sources);
    }

    /// <summary>The record's 所属领域 is the only scope signal the common record carries for this 专项.</summary>
    private EligibilityRule Scope() =>
        new ProgrammeScope(
                "LL-SCOPE",
                "属于本专项支持方向（所属领域为冷链物流：公共冷库、肉类冷链物流设施、物流枢纽和骨干冷链物流基地补短板）",
                sources["coldChainMeasures"],
                "冷链物流领域（公共冷库新建改扩建及智能化改造、服务肉类屠宰加工及流通的冷链设施、国家物流枢纽和国家骨干冷链物流基地公共设施补短板）",
                [ProjectField.ColdChainLogistics])
            .ToRule();

    private EligibilityRule ColdStoreSize(ParameterTable parameters)
    {
        var title = $"单座冷库库容不低于{ParameterDisplay.Number(ParameterDisplay.Latest(parameters, "coldStoreMinTonnes"))}吨或容积不低于{ParameterDisplay.Number(ParameterDisplay.Latest(parameters, "coldStoreMinCubicMetres"))}立方米";
        return ColdStorageRules.MinimumSize("LL-COLDSTORE", title, sources["coldStoreMinimum"],
            parameters.Decimal("coldStoreMinTonnes"), parameters.Decimal("coldStoreMinCubicMetres"));
    }

    private EligibilityRule RequestWithinCeiling(ParameterTable parameters, ColdChainCeiling ceiling) =>
        Rule.Hard("LL-REQUEST",
                $"申请中央预算内投资不超过核定投资的{ZhFormat.Percent(ParameterDisplay.Latest(parameters, "coldChainMaxRatio"))}且不超过{ZhFormat.Wan(ParameterDisplay.Latest(parameters, "coldChainMaxAmount"))}")
            .From(sources["coldChainMeasures"])
            // The ceiling is the 管理办法's; before it was in force (earlier cold-chain programmes) it does not bind.
            .AppliesWhen((_, c) => ceiling.InForce(c.AsOf))
            .Requires(CentralBudgetFacts.CentralRequest, CommonFacts.TotalInvestment)
            .Check((p, c) => CentralBudgetCommonRules.CentralRequest(p) <= ceiling.Amount(p, c.AsOf))
            .Fail((p, c) => $"申请中央预算内投资 {ZhFormat.Wan(CentralBudgetCommonRules.CentralRequest(p))}，超过支持上限 {ZhFormat.Wan(ceiling.Compute(p, c.AsOf).Amount)}（{ceiling.Compute(p, c.AsOf).Arithmetic}）")
            .Build();
}

/// <summary>
/// The most the 专项 gives one project: ratio × 核定投资, capped. 核定投资 is the approved 初设概算 when there
/// is one, else the total investment; land and office costs, which the 专项 excludes, are not in the record
/// and so are not deducted (the basis says so).
/// </summary>
internal sealed class ColdChainCeiling(DatedParameter<decimal> maxRatio, DatedParameter<decimal> maxAmount)
{
    /// <summary>Whether the 管理办法's ratio and cap are both in force on the date.</summary>
    public bool InForce(DateOnly asOf) => maxRatio.TryAt(asOf, out _) && maxAmount.TryAt(asOf, out _);

    /// <summary>The ceiling alone, for the rule: the arithmetic text is formatted only for messages.</summary>
    public decimal Amount(ProjectRecord p, DateOnly asOf)
    {
        var (byRatio, cap) = Bounds(p.DesignBudget ?? p.TotalInvestment, asOf);
        return byRatio > cap ? cap : byRatio;
    }

    public (decimal Amount, string Arithmetic) Compute(ProjectRecord p, DateOnly asOf)
    {
        var (basis, label) = p.DesignBudget is { } budget ? (budget, "核定投资（初设概算）") : (p.TotalInvestment, "核定投资（按总投资）");
        var ratio = maxRatio.At(asOf);
        var (byRatio, cap) = Bounds(basis, asOf);
        var arithmetic = $"{label} {ZhFormat.Wan(basis)} × {ZhFormat.Percent(ratio)} = {ZhFormat.Wan(byRatio)}";
        return byRatio > cap
            ? (cap, $"{arithmetic}，超过单个项目上限 {ZhFormat.Wan(cap)}，按上限计")
            : (byRatio, $"{arithmetic}，未超过单个项目上限 {ZhFormat.Wan(cap)}");
    }

    private (decimal ByRatio, decimal Cap) Bounds(decimal basis, DateOnly asOf)
    {
        var byRatio = Math.Round(basis * maxRatio.At(asOf), 2);
        return (byRatio, maxAmount.At(asOf));
    }

    public FundingEstimate? Estimate(ProjectRecord p, RuleContext c)
    {
        // No 管理办法 ratio before it was in force, and no basis without 总投资: nothing to estimate.
        if (!InForce(c.AsOf) || (p.DesignBudget ?? p.TotalInvestment) <= 0)
        {
            return null;
        }
        var (amount, arithmetic) = Compute(p, c.AsOf);
        var form = p.Attribute switch
        {
            ProjectAttribute.Enterprise => "；企业投资项目以投资补助或贷款贴息方式安排",
            ProjectAttribute.Government => "；政府投资项目可采取直接投资、资本金注入或补助方式",
            _ => "",
        };
        return new FundingEstimate(amount, $"{arithmetic}{form}；土地购置和办公用房投资不纳入支持，须从核定投资中扣除（本测算未扣除）");
    }
}
