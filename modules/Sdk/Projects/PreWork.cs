namespace Reserve.Sdk.Projects;

/// <summary>前期工作 items of the approval chain.</summary>
public enum PreWorkKind
{
    [ZhName("项目建议书批复")] ProposalApproval,
    [ZhName("可研批复")] FeasibilityApproval,
    [ZhName("核准")] Authorization,
    [ZhName("备案")] Filing,
    [ZhName("初步设计及概算批复")] PreliminaryDesignApproval,
    [ZhName("用地预审与选址意见书")] LandPreExamination,
    [ZhName("建设用地规划许可")] LandUsePlanningPermit,
    [ZhName("环评批复")] EnvironmentalApproval,
    [ZhName("节能审查")] EnergyReview,
    [ZhName("社会稳定风险评估")] SocialStabilityAssessment,
    [ZhName("建设工程规划许可")] ConstructionPlanningPermit,
    [ZhName("施工许可")] ConstructionPermit,
    [ZhName("招标")] Tendering,
    [ZhName("财政评审")] FiscalReview,
    [ZhName("实施方案")] ImplementationPlan,
    [ZhName("居民意愿征询")] ResidentConsultation,
}

/// <summary>办理状态 of one pre-work item.</summary>
public enum PreWorkStatus
{
    [ZhName("未启动")] NotStarted,
    [ZhName("办理中")] InProgress,
    [ZhName("已完成")] Completed,
    /// <summary>A written commitment to complete the item later, by a due date.</summary>
    [ZhName("容缺承诺")] Committed,
}

/// <summary>One pre-work item with its 文号 and dates.</summary>
public sealed class PreWorkItem
{
    public PreWorkKind Item { get; set; }
    public PreWorkStatus Status { get; set; }
    public string? DocNumber { get; set; }
    public DateOnly? Date { get; set; }
    /// <summary>Expiry of the approval, or the due date of a 容缺承诺.</summary>
    public DateOnly? Expires { get; set; }
}
