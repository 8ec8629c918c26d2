using Bogus;
using Reserve.Channels;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Projects;

/// <summary>
/// Realistic candidate projects (储备项目) of the seed city, 嘉峪关, for demos, load tests and the matching
/// engine's fixtures. Records are coherent (the department fits the field, amounts add up, dates follow the
/// stage, approvals follow the 项目类型) and pass the reserve's import rules; on purpose a few
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

    /// <summary>The departments the demo records belong to (short name as on the records, and full name), in a fixed order.</summary>
    public static IReadOnlyList<(string Name, string FullName)> Departments { get; } =
        [.. Units.Departments.Select(d => (d, Units.FullName(d)))];

    /// <summary>
    /// Generates <paramref name="count"/> records. The same arguments give the same records, byte for byte
    /// once serialized; the first records do not depend on <paramref name="count"/>.
    /// </summary>
    /// <param name="count">How many records, zero or more.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="asOf">The demo's today: stages, dates and 文号 years are relative to it. Defaults to <see cref="DefaultAsOf"/>.</param>
    public static IReadOnlyList<ProjectRecord> Generate(int count, int seed = DefaultSeed, DateOnly? asOf = null) =>
        Generate(count, new DemoProjectOptions { Seed = seed, AsOf = asOf });

    public static IReadOnlyList<ProjectRecord> Generate(int count, DemoProjectOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(options);
        return count == 0 ? [] : CreateFaker(options).Generate(count);
    }

    /// <summary>
    /// The same sequence as <see cref="Generate(int, int, DateOnly?)"/>, produced lazily, for exports of very
    /// many records without holding them all in memory.
    /// </summary>
    public static IEnumerable<ProjectRecord> Enumerate(int count, int seed = DefaultSeed, DateOnly? asOf = null) =>
        Enumerate(count, new DemoProjectOptions { Seed = seed, AsOf = asOf });

    public static IEnumerable<ProjectRecord> Enumerate(int count, DemoProjectOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(options);
        return count == 0 ? [] : CreateFaker(options).GenerateLazy(count);
    }

    private static Faker<ProjectRecord> CreateFaker(DemoProjectOptions options)
    {
        var seed = options.Seed;
        // The leader pool gets its own randomizer, so that the records' sequence depends on the seed alone
        // and never on how many draws the pool happened to take. Neither touches the global Randomizer.Seed.
        var leaders = new CityLeaders(new Faker { Random = new Randomizer(unchecked(seed * 31 + 7)) }, Units.Departments);
        var composer = new ProjectComposer(options.AsOf ?? DefaultAsOf, leaders, new FactFilter(options.FactKeys));
        // Every property is set by the composer in dependency order; Faker<T> supplies the seeded hub and the
        // generation loop (Generate, GenerateLazy).
        return new Faker<ProjectRecord>()
            .UseSeed(seed)
            .CustomInstantiator(composer.Compose);
    }
}

/// <summary>How <see cref="DemoProjects"/> generates.</summary>
public sealed record DemoProjectOptions
{
    public int Seed { get; init; } = DemoProjects.DefaultSeed;

    /// <summary>The demo's today; <see cref="DemoProjects.DefaultAsOf"/> when null.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// The channel fact keys to write, e.g. the keys of the active channels' declared facts. The importer
    /// rejects a record carrying a fact no active channel declares, so a caller that imports the records
    /// should pass the keys it has: then every record passes whatever plugins are loaded or faulted. When
    /// null, every fact the generator knows is written except <c>applicantKind</c>, which no channel
    /// declares yet. Leaving keys out changes only those keys; every other value stays the same.
    /// </summary>
    public IReadOnlyCollection<string>? FactKeys { get; init; }

    /// <summary>Demo records carrying only the facts the loaded channels declare, so they import whatever plugins are active.</summary>
    public static DemoProjectOptions For(ChannelCatalog catalog) =>
        new() { FactKeys = catalog.ChannelFacts.Select(f => f.Key).ToHashSet(StringComparer.Ordinal) };
}
