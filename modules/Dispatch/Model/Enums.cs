using Reserve.Sdk.Projects;

namespace Reserve.Dispatch;

/// <summary>层级 of a plan project: which list of the year's plan it is on; it sets the reporting cadence.</summary>
public enum PlanTier
{
    [ZhName("省列重大项目")] ProvincialMajor,
    [ZhName("省列重点投资项目")] ProvincialKeyInvestment,
    [ZhName("市级年度计划项目")] MunicipalAnnual,
}

/// <summary>类别 of a plan project (新开工 抓前期抓落地, 续建 抓进度抓体量, 预备 抓前期抓服务).</summary>
public enum PlanKind
{
    [ZhName("新开工")] NewStart,
    [ZhName("续建")] Continuing,
    [ZhName("预备")] Prepared,
}

/// <summary>调度频次: how often a plan project reports.</summary>
public enum ReportCadence
{
    [ZhName("日调度")] Daily,
    [ZhName("周调度")] Weekly,
    [ZhName("月调度")] Monthly,
}

/// <summary>建设状态 at the end of a reporting period.</summary>
public enum ConstructionStatus
{
    [ZhName("未开工")] NotStarted,
    [ZhName("已开工")] Started,
    [ZhName("复工")] Resumed,
    [ZhName("停工")] Stopped,
    [ZhName("竣工")] Completed,
}
