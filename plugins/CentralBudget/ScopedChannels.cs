namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// The 专项 known by their scope alone: their own conditions, ratios and per-project caps were not found, so each
/// is the shared rules plus its scope, and no amount is estimated.
/// </summary>
internal sealed class ScopedChannels(PolicySourceTable sources)
{
    /// <summary>
    /// 新基建 mixes 经营性 enterprise projects (data centres, 5G) with public ones (政务云, 科教设施). The 两新一重
    /// classifier carries the NDRC words; 所属领域 新型基础设施 admits a project whose name uses none of them (the
    /// department has classified it already).
    /// </summary>
    public SubProgramme NewInfrastructure => Scoped(
        new("central-budget.new-infrastructure", "中央预算内投资·新型基础设施建设", "国家发展改革委新型基础设施建设专项（资阳市2022年争取指南所列专项之一）：按国家发展改革委2020年4月的定义，支持信息基础设施（5G、物联网、工业互联网、卫星互联网，人工智能、云计算、区块链，数据中心、智算中心）、融合基础设施（智能交通、智慧能源）和创新基础设施（重大科技基础设施、科教基础设施、产业技术创新基础设施）。本专项自身的申报条件、支持比例和单个项目上限未找到出处，只按中央预算内投资的一般条件和支持范围判断，不测算金额。"),
        new ProgrammeScope("XJJ-SCOPE", "属于新型基础设施（所属领域为新型基础设施，或按“两新一重”分类归入新型基础设施-信息/融合/创新）", sources["newInfrastructureScope"], "新型基础设施：信息基础设施（5G、物联网、工业互联网、数据中心、算力等）、融合基础设施（智能交通、智慧能源等）、创新基础设施（重大科技基础设施、科教基础设施、产业技术创新基础设施）", [ProjectField.NewInfrastructure]) { Tag = TwoNewOneMajor.NewInfrastructure });

    /// <summary>
    /// Flood control and irrigation are public works, but water supply companies' projects are 经营性. The
    /// 重大工程-水利 tag already admits 所属领域 水利, so the field list only shapes the message.
    /// </summary>
    public SubProgramme Water => Scoped(
        new("central-budget.water", "中央预算内投资·水利", "国家发展改革委中央预算内投资水利专项：支持水库、灌区、引调水、防洪和河道治理等水利工程，2020年起为“两新一重”中的交通、水利等重大工程。本专项的申报条件、支持比例和单个项目上限未找到出处（甘肃水网的具体规定亦未找到），只按中央预算内投资的一般条件和支持范围判断，不测算金额。"),
        new ProgrammeScope("SL-SCOPE", "属于水利工程（所属领域为水利，或按“两新一重”分类归入重大工程-水利）", sources["waterScope"], "水利工程：水库、灌区、引水调水、防洪、河道治理、水网等", [ProjectField.WaterConservancy]) { Tag = $"{TwoNewOneMajor.MajorProject}-水利" });

    /// <summary>Government reserve depots are public works; state grain enterprises' warehouses earn storage fees.</summary>
    public SubProgramme EmergencyReserves => Scoped(
        new("central-budget.emergency-reserves", "中央预算内投资·应急物资保障体系和粮食仓储设施", "国家发展改革委应急物资保障体系建设、粮食等重要农产品仓储设施专项（2022年、2025年中央预算内投资项目指南目录所列）：支持应急物资储备库、粮食等重要农产品仓储设施。支持比例和单个项目上限未找到出处，专项自身的申报条件亦未找到，只按中央预算内投资的一般条件和所属领域判断，不测算金额。2020年抗疫特别国债也支持应急物资保障（通行说法），属另一渠道。"),
        new ProgrammeScope("WZ-SCOPE", "属于本专项支持范围（所属领域为物资储备：应急物资储备设施、粮食等重要农产品仓储设施）", sources["emergencyReservesScope"], "物资储备领域（应急物资储备设施、粮食等重要农产品仓储设施）", [ProjectField.MaterialReserves]));

    /// <summary>A 专项 whose only rule of its own is its scope.</summary>
    private static SubProgramme Scoped(SubProgramme programme, ProgrammeScope scope) => programme with { Rules = [scope.ToRule()] };
}
