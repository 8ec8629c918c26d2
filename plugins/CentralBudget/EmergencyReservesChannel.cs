using Reserve.Sdk.Channels;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// 中央预算内投资·应急物资保障体系和粮食仓储设施: the shared rules plus scope by 所属领域 物资储备. Ratios are
/// [NF] (domain-channels.md §2.7 重大物资储备), so no amount is estimated.
/// </summary>
internal static class EmergencyReservesChannel
{
    public const string Id = "central-budget.emergency-reserves";

    public static ChannelDefinition Define(ParameterTable parameters)
    {
        // Government reserve depots are public works; state grain enterprises' warehouses earn storage fees.
        var rules = CentralBudgetCommonRules.Build(parameters, new CommonRuleOptions(MaturityPreWork.Standard, EquityCoverage.NonGovernment));
        rules.Add(Scope());

        return new ChannelDefinition
        {
            Id = Id,
            Name = "中央预算内投资·应急物资保障体系和粮食仓储设施",
            Parent = CentralBudgetPlugin.ParentName,
            Level = ChannelLevel.National,
            Form = FundingForm.Subsidy,
            Estimate = Reserve.Sdk.Standard.StandardEstimates.RequestPlanOrGap(Id, "中央预算内投资·应急物资保障体系和粮食仓储设施", Reserve.Sdk.Projects.FundingSourceKind.CentralBudget, "本专项的支持比例未找到出处"),
            Summary = "国家发展改革委应急物资保障体系建设、粮食等重要农产品仓储设施专项（2022年、2025年中央预算内投资项目指南目录所列）：支持应急物资储备库、粮食等重要农产品仓储设施。支持比例和单个项目上限未找到出处（[NF]），专项自身的申报条件亦未找到，只按中央预算内投资的一般条件和所属领域判断，不测算金额。2020年抗疫特别国债也支持应急物资保障（通行说法），属另一渠道。" + CentralBudgetPlugin.CycleNote,
            Facts = CentralBudgetFacts.Shared,
            Rules = rules,
            Materials = CentralBudgetCommonRules.StandardMaterials(),
            Templates = [new TemplateDescriptor("funding-application", "资金申请报告", "templates/funding-application.sbn-md")],
        };
    }

    private static EligibilityRule Scope() =>
        new ProgrammeScope(
                "WZ-SCOPE",
                "属于本专项支持范围（所属领域为物资储备：应急物资储备设施、粮食等重要农产品仓储设施）",
                CentralBudgetSources.EmergencyReservesScope,
                "物资储备领域（应急物资储备设施、粮食等重要农产品仓储设施）",
                [ProjectField.MaterialReserves])
            .ToRule();
}
