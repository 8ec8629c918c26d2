using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Reserve.Projects.Interchange;

namespace Reserve.Projects.Storage;

/// <summary>
/// Stores a list or map of the record as interchange JSON in one text column: the same on SQLite and
/// PostgreSQL, readable by people, and it keeps the record whole without a table per list.
/// </summary>
internal static class JsonColumn
{
    public static ValueConverter<T, string> Converter<T>() where T : class => new(
        v => JsonSerializer.Serialize(v, ProjectJson.Options),
        s => JsonSerializer.Deserialize<T>(s, ProjectJson.Options)!);

    public static ValueComparer<T> Comparer<T>() where T : class => new(
        (a, b) => JsonSerializer.Serialize(a, ProjectJson.Options) == JsonSerializer.Serialize(b, ProjectJson.Options),
        v => JsonSerializer.Serialize(v, ProjectJson.Options).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, ProjectJson.Options), ProjectJson.Options)!);
}
