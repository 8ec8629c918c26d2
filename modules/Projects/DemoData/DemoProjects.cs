using Bogus;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.DemoData;

/// <summary>
/// Realistic candidate projects (储备项目) of the seed city, 嘉峪关, for demos, load tests and the matching
/// engine's fixtures. Records are coherent (the department fits the field, amounts add up, dates follow the
/// stage, approvals follow the 项目类型) and pass the import rules of project-record.md; on purpose a few
/// facts are missing, a few 概算 overrun the 估算 and a few approvals have lapsed, so every verdict occurs.
/// Names, units and places come from our own Chinese lists, not from a Bogus locale.
/// </summary>
public static class DemoProjects
{
    public const int DefaultSeed = 20261015;

    /// <summary>
    /// The "today" of the demo when none is given. Fixed rather than the clock, so that the same seed gives
    /// the same records on any day; the reserve year (the year in the ids) is the following year.
    /// </summary>
    public static readonly DateOnly DefaultAsOf = new(2026, 10, 15);

    /// <summary>
    /// Generates <paramref name="count"/> records. The same arguments give the same records, byte for byte
    /// once serialized; the first records do not depend on <paramref name="count"/>.
    /// </summary>
    /// <param name="count">How many records, zero or more.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="asOf">The demo's today: stages, dates and 文号 years are relative to it. Defaults to <see cref="DefaultAsOf"/>.</param>
    public static IReadOnlyList<ProjectRecord> Generate(int count, int seed = DefaultSeed, DateOnly? asOf = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count == 0 ? [] : CreateFaker(seed, asOf ?? DefaultAsOf).Generate(count);
    }

    /// <summary>
    /// The same sequence as <see cref="Generate"/>, produced lazily, for exports of very many records
    /// without holding them all in memory.
    /// </summary>
    public static IEnumerable<ProjectRecord> Enumerate(int count, int seed = DefaultSeed, DateOnly? asOf = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count == 0 ? [] : CreateFaker(seed, asOf ?? DefaultAsOf).GenerateLazy(count);
    }

    private static Faker<ProjectRecord> CreateFaker(int seed, DateOnly asOf)
    {
        // The leader pool gets its own randomizer, so that the records' sequence depends on the seed alone
        // and never on how many draws the pool happened to take. Neither touches the global Randomizer.Seed.
        var leaders = new CityLeaders(new Faker { Random = new Randomizer(unchecked(seed * 31 + 7)) }, Units.Departments);
        var composer = new ProjectComposer(asOf, leaders);
        // Every property is set by the composer in dependency order; Faker<T> supplies the seeded hub and the
        // generation loop (Generate, GenerateLazy).
        return new Faker<ProjectRecord>()
            .UseSeed(seed)
            .CustomInstantiator(composer.Compose);
    }
}
