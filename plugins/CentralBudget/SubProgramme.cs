namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// One 专项 of 中央预算内投资 as data: what sets it apart from the others (its summary, scope, own rules, facts,
/// ceiling) on top of the shared rules, facts, materials, template and annual round that every 专项 carries.
/// </summary>
internal sealed record SubProgramme(string Id, string Name, string Summary)
{
    public FundingForm Form { get; init; } = FundingForm.Subsidy;

    /// <summary>Flood control and public depots are public works, but utilities and enterprises of most 专项 are 经营性.</summary>
    public CommonRuleOptions Options { get; init; } = new(MaturityPreWork.Standard, EquityCoverage.NonGovernment);

    /// <summary>The 专项's rules after the shared ones, its scope first.</summary>
    public IReadOnlyList<EligibilityRule> Rules { get; init; } = [];

    /// <summary>Facts beyond the shared ones.</summary>
    public IReadOnlyList<FactDescriptor> Facts { get; init; } = [];

    /// <summary>The 专项's sourced ceiling; without one, the amount is the request or the gap.</summary>
    public FundingEstimator? Ceiling { get; init; }

    public string WhyNoRatio { get; init; } = "本专项的支持比例未找到出处";

    public IReadOnlyList<RequiredMaterial>? Materials { get; init; }

    public ChannelDefinition Define(ParameterTable parameters, PolicySourceTable sources) => new()
    {
        Id = Id,
        Name = Name,
        Parent = CentralBudgetPlugin.ParentName,
        Level = ChannelLevel.National,
        Form = Form,
        Estimate = Ceiling is null
            ? StandardEstimates.RequestPlanOrGap(Id, Name, FundingSourceKind.CentralBudget, WhyNoRatio)
            : StandardEstimates.OrRequested(Ceiling, Id, Name),
        Summary = Summary + CentralBudgetPlugin.CycleNote,
        Facts = [.. CentralBudgetFacts.Shared, .. Facts],
        Rules = [.. new CentralBudgetCommonRules(sources).Build(parameters, Options), .. Rules],
        Materials = Materials ?? new CentralBudgetCommonRules(sources).StandardMaterials(),
        Templates = [new TemplateDescriptor("funding-application", "资金申请报告", "templates/funding-application.sbn-md")],
    };
}
