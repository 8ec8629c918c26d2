namespace Reserve.Sdk.Projects;

/// <summary>项目类型: how the project is authorised.</summary>
public enum ProjectType
{
    [ZhName("审批")] Approval,
    [ZhName("核准")] Authorization,
    [ZhName("备案")] Filing,
}

/// <summary>项目属性.</summary>
public enum ProjectAttribute
{
    [ZhName("政府投资")] Government,
    [ZhName("企业投资")] Enterprise,
    [ZhName("政府和社会资本合作")] PublicPrivatePartnership,
}

/// <summary>所属领域.</summary>
public enum ProjectField
{
    [ZhName("交通")] Transport,
    [ZhName("水利")] WaterConservancy,
    [ZhName("能源")] Energy,
    [ZhName("市政公用")] MunicipalUtilities,
    [ZhName("城镇老旧小区")] OldResidentialCommunities,
    [ZhName("保障性住房")] AffordableHousing,
    [ZhName("农业农村")] AgricultureRural,
    [ZhName("生态环保")] Ecology,
    [ZhName("社会民生")] SocialLivelihood,
    [ZhName("公共卫生")] PublicHealth,
    [ZhName("新型基础设施")] NewInfrastructure,
    [ZhName("冷链物流")] ColdChainLogistics,
    [ZhName("物资储备")] MaterialReserves,
    [ZhName("产业")] Industry,
    [ZhName("科技创新")] Innovation,
    [ZhName("文化旅游")] CultureTourism,
    [ZhName("其他")] Other,
}

/// <summary>建设性质.</summary>
public enum ConstructionNature
{
    [ZhName("新建")] New,
    [ZhName("扩建")] Expansion,
    [ZhName("改建")] Reconstruction,
    [ZhName("迁建")] Relocation,
    [ZhName("恢复")] Restoration,
}

/// <summary>项目阶段.</summary>
public enum ProjectStage
{
    [ZhName("谋划")] Planning,
    [ZhName("前期")] Preparation,
    [ZhName("新开工")] NewStart,
    [ZhName("续建")] Continuing,
    [ZhName("竣工")] Completed,
}
