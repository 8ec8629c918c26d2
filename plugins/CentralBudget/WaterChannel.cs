using Reserve.Sdk.Channels;
using Reserve.Sdk.Classification;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// 中央预算内投资·水利: the shared rules plus scope (所属领域 水利, or the 重大工程-水利 tag). The 专项's own
/// conditions and ratio are [NF] (Gansu 水网 specifics too), so no amount is estimated.
/// </summary>
internal static class WaterChannel
{
    public const string Id = "central-budget.water";

    public static ChannelDefinition Define(ParameterTable parameters)
    {
        // Flood control and irrigation are public works, but water supply companies' projects are 经营性.
        var rules = CentralBudgetCommonRules.Build(parameters, new CommonRuleOptions(MaturityPreWork.Standard, EquityCoverage.NonGovernment));
        rules.Add(Scope());

        return new ChannelDefinition
        {
            Id = Id,
            Name = "中央预算内投资·水利",
            Parent = CentralBudgetPlugin.ParentName,
            Level = ChannelLevel.National,
            Form = FundingForm.Subsidy,
            Estimate = Reserve.Sdk.Standard.StandardEstimates.RequestPlanOrGap(Id, "中央预算内投资·水利", Reserve.Sdk.Projects.FundingSourceKind.CentralBudget, "本专项的支持比例未找到出处"),
            Summary = "国家发展改革委中央预算内投资水利专项：支持水库、灌区、引调水、防洪和河道治理等水利工程，2020年起为“两新一重”中的交通、水利等重大工程。本专项的申报条件、支持比例和单个项目上限未找到出处（[NF]，甘肃水网的具体规定亦未找到），只按中央预算内投资的一般条件和支持范围判断，不测算金额。" + CentralBudgetPlugin.CycleNote,
            Facts = CentralBudgetFacts.Shared,
            Rules = rules,
            Materials = CentralBudgetCommonRules.StandardMaterials(),
            Templates = [new TemplateDescriptor("funding-application", "资金申请报告", "templates/funding-application.sbn-md")],
        };
    }

    /// <summary>The 重大工程-水利 tag already admits 所属领域 水利, so the field list only shapes the message.</summary>
    private static EligibilityRule Scope() =>
        new ProgrammeScope(
                "SL-SCOPE",
                "属于水利工程（所属领域为水利，或按“两新一重”分类归入重大工程-水利）",
                CentralBudgetSources.WaterScope,
                "水利工程：水库、灌区、引水调水、防洪、河道治理、水网等",
                [ProjectField.WaterConservancy])
            {
                Tag = $"{TwoNewOneMajor.MajorProject}-水利",
            }
            .ToRule();
}
