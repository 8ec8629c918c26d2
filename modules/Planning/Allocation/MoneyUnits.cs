namespace Reserve.Planning.Allocation;

/// <summary>
/// The solver works in whole units of 0.01 万元 (100 元): estimates carry at most two decimals in practice,
/// and 10,000 projects of a few 亿 each stay far inside 64-bit sums.
/// </summary>
internal static class MoneyUnits
{
    public const long PerWan = 100;

    public static long Floor(decimal wan) => wan <= 0m ? 0 : (long)decimal.Floor(wan * PerWan);

    public static decimal ToWan(long units) => units / (decimal)PerWan;
}
