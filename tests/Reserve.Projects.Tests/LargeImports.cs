using Reserve.Projects.Storage;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Tests;

/// <summary>
/// Imports large enough that SQLite indexes and counts them in bulk (<see cref="ImportRun.BulkIndexingFrom"/>): varied
/// in department, 领域, name (so in computed 两新一重 tags), searched text (Latin letters in either case) and amounts.
/// </summary>
internal static class LargeImports
{
    public static int Count => ImportRun.BulkIndexingFrom + 150;

    private static readonly string[] Departments = ["住建局", "交通运输局", "文旅局", "水务局"];

    private static readonly (string Name, ProjectField Field)[] Kinds =
    [
        ("胜利路片区老旧小区改造项目", ProjectField.OldResidentialCommunities),
        ("S215线公路改造工程", ProjectField.Transport),
        ("G312线讨赖河桥", ProjectField.Transport),
        ("文化馆维修", ProjectField.CultureTourism),
        ("Ab城区供热管网改造", ProjectField.OldResidentialCommunities),
    ];

    public static List<ProjectRecord> Records(int count)
    {
        var records = new List<ProjectRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var (name, field) = Kinds[i % Kinds.Length];
            var record = StorageFixture.Valid($"{name}{i}");
            record.Department = Departments[i / Kinds.Length % Departments.Length];
            record.Field = field;
            record.Scale = i % 3 == 0 ? $"新建大桥{i % 7}座，涉及老旧管网" : $"维修屋面{i}平方米";
            record.TotalInvestment = 1000m + i * 1.2345m;
            if (field != ProjectField.OldResidentialCommunities)
            {
                record.Facts.Clear();
            }
            records.Add(record);
        }
        return records;
    }
}
