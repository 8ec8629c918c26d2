namespace Reserve.Sdk.Projects;

/// <summary>涉及负面清单内容: content that bond and special-treasury channels refuse.</summary>
public enum NegativeListItem
{
    [ZhName("楼堂馆所")] OfficeBuildings,
    [ZhName("形象工程")] VanityProjects,
    [ZhName("房地产开发")] RealEstateDevelopment,
    [ZhName("土地储备")] LandReserve,
    [ZhName("经常性支出")] RecurrentExpenditure,
    [ZhName("置换债务")] DebtReplacement,
    [ZhName("完全无收益")] NoRevenue,
    [ZhName("一般竞争性产业")] CompetitiveIndustry,
    /// <summary>国办发〔2024〕52号: 主题公园等商业设施.</summary>
    [ZhName("主题公园等商业设施")] CommercialFacilities,
    /// <summary>国办发〔2024〕52号: 一般企业生产线或生产设备.</summary>
    [ZhName("一般企业生产线或生产设备")] EnterpriseProductionLines,
    /// <summary>国办发〔2024〕52号: 能通过市场化方式实现收益平衡的项目.</summary>
    [ZhName("可市场化实现收益平衡")] MarketBalanced,
}
