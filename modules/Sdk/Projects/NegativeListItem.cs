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
}
