namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// 中央预算内投资·农网改造升级: the shared rules (with 中央资本金 allowed for the grid enterprise), scope,
/// and the 2020 targets of the 2016 round as scoring. The ratio is not sourced, so no amount is estimated.
/// </summary>
internal sealed class RuralGridChannel(PolicySourceTable sources)
{
    public const string Id = "central-budget.rural-grid";

    /// <summary>Central money goes into the grid enterprise as capital, so an enterprise project may ask for it.</summary>
    private static readonly EnterpriseForms GridEnterpriseForms = new(
        "企业投资项目只申请投资补助、贷款贴息或中央资本金（农网改造升级）",
        "ruralGridForms",
        ["补助", "贴息", "资本金注入"],
        "农网改造升级的中央资金以资本金方式注入电网企业，企业投资项目可申请资本金注入、补助或贴息，直接投资仅用于政府投资项目");

    public ChannelDefinition Define(ParameterTable parameters)
    {
        var options = new CommonRuleOptions(MaturityPreWork.Standard, EquityCoverage.NonGovernment) { EnterpriseForms = GridEnterpriseForms };
        return new SubProgramme(Id, "中央预算内投资·农网改造升级", "国家发展改革委、国家能源局农村电网改造升级：中央资金以资本金方式注入项目法人（电网企业），另有中央农网还贷资金（不属中央预算内投资，未建模）。新一轮农网改造升级到2020年的目标为供电可靠率99.8%、综合电压合格率97.9%、户均配变容量不低于2千伏安，本渠道在2016—2020年作为评分项（不决定结论），2020年之后的目标未找到出处。中央资本金占项目投资的比例未找到出处，不测算金额。")
        {
            Form = FundingForm.EquityInjection,
            Options = options,
            Rules =
            [
                Scope(),
                Target("NW-RELIABILITY", "项目实施后供电可靠率", CentralBudgetFacts.SupplyReliability, parameters, "ruralGridReliabilityTarget", "%"),
                Target("NW-VOLTAGE", "项目实施后综合电压合格率", CentralBudgetFacts.VoltageQualifiedRate, parameters, "ruralGridVoltageTarget", "%"),
                Target("NW-TRANSFORMER", "项目实施后户均配变容量", CentralBudgetFacts.TransformerKvaPerHousehold, parameters, "ruralGridTransformerTarget", "千伏安"),
            ],
            Facts = [CentralBudgetFacts.SupplyReliability, CentralBudgetFacts.VoltageQualifiedRate, CentralBudgetFacts.TransformerKvaPerHousehold],
            WhyNoRatio = "中央资本金的安排比例未找到出处",
        }
        .Define(parameters, sources);
    }

    private EligibilityRule Scope() =>
        new ProgrammeScope(
                "NW-SCOPE",
                "属于农村电网改造升级（所属领域为能源，建设内容为农网、配电网改造）",
                sources["ruralGridScope"],
                "能源领域的农村电网（配电网）改造升级",
                [ProjectField.Energy])
            {
                Words = [new ScopeWords("农村电网（配电网）改造升级", ["农网", "农村电网", "配电网", "电网改造"])],
            }
            .ToRule();

    /// <summary>
    /// A national target as a scoring item: the project's designed value at or above it earns the points.
    /// Not applicable outside the years the target was set for.
    /// </summary>
    private EligibilityRule Target(string id, string measure, FactDescriptor fact, ParameterTable parameters, string key, string unit)
    {
        var target = parameters.Decimal(key);
        return Rule.Scoring(id, $"{measure}不低于{ParameterDisplay.Number(ParameterDisplay.Latest(parameters, key))}{unit}（新一轮农网改造升级2020年目标）", 10)
            .From(sources["ruralGridTargets"])
            .AppliesWhen((p, c) => target.TryAt(c.AsOf, out _))
            .Requires(FactRef.Channel(fact))
            .Check((p, c) => FactReaders.Number(p, fact) >= target.At(c.AsOf))
            .Fail((p, c) => $"{measure} {ParameterDisplay.Number(FactReaders.Number(p, fact)!.Value)}{unit}，低于新一轮农网改造升级目标 {ParameterDisplay.Number(target.At(c.AsOf))}{unit}")
            .Build();
    }
}
