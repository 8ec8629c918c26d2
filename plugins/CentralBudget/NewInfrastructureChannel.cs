using Reserve.Sdk.Channels;
using Reserve.Sdk.Classification;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Projects;
using Reserve.Sdk.Rules;

namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// 中央预算内投资·新型基础设施建设: the shared rules plus scope by the NDRC definition of 新基建. The 专项's
/// own conditions and ratio are [NF], so no rule stands in for them and no amount is estimated.
/// </summary>
internal static class NewInfrastructureChannel
{
    public const string Id = "central-budget.new-infrastructure";

    public static ChannelDefinition Define(ParameterTable parameters)
    {
        // 新基建 mixes 经营性 enterprise projects (data centres, 5G) with public ones (政务云, 科教设施).
        var rules = CentralBudgetCommonRules.Build(parameters, new CommonRuleOptions(MaturityPreWork.Standard, EquityCoverage.NonGovernment));
        rules.Add(Scope());

        return new ChannelDefinition
        {
            Id = Id,
            Name = "中央预算内投资·新型基础设施建设",
            Parent = CentralBudgetPlugin.ParentName,
            Level = ChannelLevel.National,
            Form = FundingForm.Subsidy,
            Estimate = Reserve.Sdk.Standard.StandardEstimates.RequestPlanOrGap(Id, "中央预算内投资·新型基础设施建设", Reserve.Sdk.Projects.FundingSourceKind.CentralBudget, "本专项的支持比例未找到出处"),
            Summary = "国家发展改革委新型基础设施建设专项（资阳市2022年争取指南所列专项之一）：按国家发展改革委2020年4月的定义，支持信息基础设施（5G、物联网、工业互联网、卫星互联网，人工智能、云计算、区块链，数据中心、智算中心）、融合基础设施（智能交通、智慧能源）和创新基础设施（重大科技基础设施、科教基础设施、产业技术创新基础设施）。本专项自身的申报条件、支持比例和单个项目上限未找到出处（[NF]），只按中央预算内投资的一般条件和支持范围判断，不测算金额。" + CentralBudgetPlugin.CycleNote,
            Facts = CentralBudgetFacts.Shared,
            Rules = rules,
            Materials = CentralBudgetCommonRules.StandardMaterials(),
            Templates = [new TemplateDescriptor("funding-application", "资金申请报告", "templates/funding-application.sbn-md")],
        };
    }

    /// <summary>
    /// The 两新一重 classifier carries the NDRC words; 所属领域 新型基础设施 admits a project whose name uses
    /// none of them (the department has classified it already).
    /// </summary>
    private static EligibilityRule Scope() =>
        new ProgrammeScope(
                "XJJ-SCOPE",
                "属于新型基础设施（所属领域为新型基础设施，或按“两新一重”分类归入新型基础设施-信息/融合/创新）",
                CentralBudgetSources.NewInfrastructureScope,
                "新型基础设施：信息基础设施（5G、物联网、工业互联网、数据中心、算力等）、融合基础设施（智能交通、智慧能源等）、创新基础设施（重大科技基础设施、科教基础设施、产业技术创新基础设施）",
                [ProjectField.NewInfrastructure])
            {
                Tag = TwoNewOneMajor.NewInfrastructure,
            }
            .ToRule();
}
