namespace Reserve.Sdk.Facts;

/// <summary>
/// The size of the cold stores a project builds, as every cold-chain channel reads it: one key, label and type, so
/// one record serves the central 专项, the provincial 专项 and any later cold-chain channel.
/// </summary>
public static class ColdStorageFacts
{
    public static readonly FactDescriptor TonnesFact = new(
        "coldStorageTonnes", "冷库库容（吨）", FactType.Number, "吨",
        "项目所建冷库的库容；建多座冷库的，填其中最小一座的库容（每座冷库均须达到最低规模）");

    public static readonly FactDescriptor CubicMetresFact = new(
        "coldStorageCubicMetres", "冷库容积（立方米）", FactType.Number, "立方米",
        "项目所建冷库的公称容积；建多座冷库的，填其中最小一座的容积");

    public static readonly FactRef Tonnes = FactRef.Channel(TonnesFact);
    public static readonly FactRef CubicMetres = FactRef.Channel(CubicMetresFact);
}
