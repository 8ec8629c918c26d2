using Bogus;
using Reserve.Demo.Projects;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Projects;

namespace Reserve.Demo.Tests;

/// <summary>The demo generator is reproducible: one seed, one output, byte for byte.</summary>
public sealed class DemoDataDeterminismTests
{
    private static string[] Serialize(IEnumerable<ProjectRecord> records) => records.Select(r => ProjectJson.Serialize(r)).ToArray();

    [Fact]
    public void Same_seed_gives_byte_identical_records()
    {
        var first = Serialize(DemoProjects.Generate(500));
        var second = Serialize(DemoProjects.Generate(500));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Same_explicit_seed_and_date_give_identical_records()
    {
        var asOf = new DateOnly(2025, 3, 1);
        var first = Serialize(DemoProjects.Generate(200, seed: 7, asOf: asOf));
        var second = Serialize(DemoProjects.Generate(200, seed: 7, asOf: asOf));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_give_different_records()
    {
        var first = Serialize(DemoProjects.Generate(100, seed: 1));
        var second = Serialize(DemoProjects.Generate(100, seed: 2));

        Assert.NotEqual(first, second);
        // Not just one differing record: the sequences are unrelated.
        Assert.True(first.Zip(second).Count(pair => pair.First != pair.Second) > 90);
    }

    [Fact]
    public void A_shorter_run_is_a_prefix_of_a_longer_one()
    {
        var shorter = Serialize(DemoProjects.Generate(50));
        var longer = Serialize(DemoProjects.Generate(300));

        Assert.Equal(shorter, longer.Take(50));
    }

    [Fact]
    public void Enumerate_yields_the_same_records_as_Generate()
    {
        var generated = Serialize(DemoProjects.Generate(150));
        var enumerated = Serialize(DemoProjects.Enumerate(150));

        Assert.Equal(generated, enumerated);
    }

    [Fact]
    public void The_global_Bogus_seed_is_left_alone()
    {
        var before = Randomizer.Seed;
        _ = DemoProjects.Generate(20, seed: 99);

        Assert.Same(before, Randomizer.Seed);
    }

    [Fact]
    public void Ids_carry_the_reserve_year_after_the_as_of_date()
    {
        var defaults = DemoProjects.Generate(3);
        var shifted = DemoProjects.Generate(3, asOf: new DateOnly(2024, 11, 1));

        Assert.Equal(["2027-0001", "2027-0002", "2027-0003"], defaults.Select(r => r.Id));
        Assert.Equal(["2025-0001", "2025-0002", "2025-0003"], shifted.Select(r => r.Id));
    }

    [Fact]
    public void Zero_records_is_empty_and_a_negative_count_is_refused()
    {
        Assert.Empty(DemoProjects.Generate(0));
        Assert.Empty(DemoProjects.Enumerate(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoProjects.Generate(-1));
    }

    [Fact]
    public void Records_survive_the_interchange_json_unchanged()
    {
        foreach (var record in DemoProjects.Generate(300))
        {
            var json = ProjectJson.Serialize(record);
            using var document = System.Text.Json.JsonDocument.Parse(json);
            var back = ProjectJson.Deserialize(document.RootElement);

            Assert.NotNull(back);
            Assert.Equal(json, ProjectJson.Serialize(back));
        }
    }
}
