using Bogus;

namespace Reserve.Demo.Projects;

/// <summary>
/// The few random draws the generator needs, all on the seeded <see cref="Faker"/> so that one seed gives
/// one output. Amounts are drawn in <see cref="decimal"/> arithmetic only (no Math.Exp/Log), because
/// transcendental functions may differ in the last bit between platforms and would break byte-for-byte
/// reproducibility after rounding.
/// </summary>
internal static class FakerExtensions
{
    public static bool Chance(this Faker f, double probability) => f.Random.Double() < probability;

    public static T Pick<T>(this Faker f, IReadOnlyList<T> items) => items[f.Random.Int(0, items.Count - 1)];

    /// <summary>Picks by integer weight; a zero weight is never picked.</summary>
    public static T PickWeighted<T>(this Faker f, IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = 0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }
        var roll = f.Random.Int(0, total - 1);
        foreach (var (item, weight) in items)
        {
            if (roll < weight)
            {
                return item;
            }
            roll -= weight;
        }
        return items[^1].Item;
    }

    /// <summary>A ratio in [min, max] with two decimals, e.g. a 资本金 share or a consent rate.</summary>
    public static decimal Ratio(this Faker f, decimal min, decimal max) => Money.Round2(f.Random.Decimal(min, max));

    /// <summary>
    /// An amount in [min, max] 万元, skewed towards the low end (u² spacing): a reserve holds many small
    /// projects and a few large ones.
    /// </summary>
    public static decimal SkewedAmount(this Faker f, AmountRange range)
    {
        var u = f.Random.Decimal(0m, 1m);
        return Money.Round2(range.Min + (range.Max - range.Min) * u * u);
    }

    public static DateOnly DayBetween(this Faker f, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(f.Random.Int(0, to.DayNumber - from.DayNumber));

    public static string Digits(this Faker f, int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + f.Random.Int(0, 9));
        }
        return new string(chars);
    }
}

/// <summary>An inclusive range in 万元 (or in any unit the caller states).</summary>
internal readonly record struct AmountRange(decimal Min, decimal Max);

/// <summary>Rounding helpers: amounts are in 万元 with two decimals, as departments fill them in.</summary>
internal static class Money
{
    public static decimal Round2(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rounds down, so that shares of a total never add up to more than the total.</summary>
    public static decimal Floor2(decimal value) => decimal.Floor(value * 100m) / 100m;
}
