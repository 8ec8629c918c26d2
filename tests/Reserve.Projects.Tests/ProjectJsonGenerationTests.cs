using System.Text.Json;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Tests;

/// <summary>
/// The record's JSON from the generated metadata (<see cref="ProjectJsonContext"/>) is the same text, character for
/// character, as from metadata built by reflection, written compact and indented and read back, for a full record, a
/// minimal one and one with every kind of fact, odd decimal scales and a negative list; and so is each stored column.
/// </summary>
public sealed class ProjectJsonGenerationTests
{
    private static readonly JsonSerializerOptions Reflected = ProjectJson.Create(indented: false, generated: false);
    private static readonly JsonSerializerOptions ReflectedIndented = ProjectJson.Create(indented: true, generated: false);

    public static TheoryData<string> Records => new() { "full", "minimal", "varied" };

    private static ProjectRecord Record(string which) => which switch
    {
        "full" => InterchangeFixtures.FullRecord(),
        "minimal" => new ProjectRecord { Name = "城西污水处理厂提标改造", Department = "水务局", Unit = "某市水务集团", Scale = "日处理4万吨", TotalInvestment = 3200.000m },
        _ => Varied(),
    };

    private static ProjectRecord Varied()
    {
        var record = InterchangeFixtures.FullRecord();
        record.Id = null;
        record.ProjectType = null;
        record.Stage = ProjectStage.Continuing;
        record.LandArea = 0.10m;
        record.TotalInvestment = 3200.0m;
        record.CoverageRatio = null;
        record.Tags = [];
        record.NegativeList = [NegativeListItem.OfficeBuildings, NegativeListItem.MarketBalanced];
        record.Facts = new Dictionary<string, FactValue>(StringComparer.Ordinal)
        {
            ["ratio"] = FactValue.Of(1.250m),
            ["count"] = FactValue.Of(0),
            ["flag"] = FactValue.Of(false),
            ["note"] = FactValue.Of("含“引号”与\\反斜杠 <b>"),
            ["on"] = FactValue.Of(new DateOnly(2027, 1, 31)),
            ["dateLike"] = FactValue.Of("2027-02"),
        };
        return record;
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_is_written_and_read_back_the_same_as_by_reflection(string which)
    {
        var record = Record(which);

        var generated = JsonSerializer.Serialize(record, ProjectJson.Options);
        Assert.Equal(JsonSerializer.Serialize(record, Reflected), generated);
        Assert.Equal(JsonSerializer.Serialize(record, ReflectedIndented), JsonSerializer.Serialize(record, ProjectJson.Indented));
        Assert.Equal(JsonSerializer.Serialize(JsonSerializer.Deserialize<ProjectRecord>(generated, Reflected), Reflected),
            JsonSerializer.Serialize(JsonSerializer.Deserialize<ProjectRecord>(generated, ProjectJson.Options), Reflected));
        // An API's envelope around the record (an anonymous type: reflection) writes the record the same way.
        Assert.Equal(JsonSerializer.Serialize(new { total = 1, items = new[] { new { Version = 3, project = record } } }, Reflected),
            JsonSerializer.Serialize(new { total = 1, items = new[] { new { Version = 3, project = record } } }, ProjectJson.Options));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Each_stored_column_is_written_and_read_back_the_same_as_by_reflection(string which)
    {
        var record = Record(which);

        AssertSame(record.Tags);
        AssertSame(record.FundingSources);
        AssertSame(record.Requests);
        AssertSame(record.PreWork);
        AssertSame(record.NegativeList ?? []);
        AssertSame(record.Facts);
    }

    private static void AssertSame<T>(T value)
    {
        var generated = JsonSerializer.Serialize(value, ProjectJson.Options);
        Assert.Equal(JsonSerializer.Serialize(value, Reflected), generated);
        Assert.Equal(JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(generated, Reflected), Reflected),
            JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(generated, ProjectJson.Options), Reflected));
    }
}
