namespace Reserve.Plugins.ProvincialPowerGrid;

/// <summary>
/// The grid-quality figures the 2020 农网改造升级 targets are stated in, as the project's design gives
/// them for its supply area once built. Keys carry a "grid" prefix so they cannot collide with other
/// plugins' facts in the shared map.
/// </summary>
internal static class GridFacts
{
    public static readonly FactDescriptor SupplyReliability = new(
        "gridSupplyReliability", "供电可靠率（建成后）", FactType.Number, "%",
        "项目建成后供电区域的供电可靠率，按百分数填写，如 99.85");

    public static readonly FactDescriptor VoltageQualifiedRate = new(
        "gridVoltageQualifiedRate", "综合电压合格率（建成后）", FactType.Number, "%",
        "项目建成后供电区域的综合电压合格率，按百分数填写，如 98.2");

    public static readonly FactDescriptor KvaPerHousehold = new(
        "gridKvaPerHousehold", "户均配变容量（建成后）", FactType.Number, "千伏安/户",
        "项目建成后供电区域的配电变压器总容量除以户数，单位千伏安/户，如 2.5");

    public static readonly IReadOnlyList<FactDescriptor> All = [SupplyReliability, VoltageQualifiedRate, KvaPerHousehold];
}
