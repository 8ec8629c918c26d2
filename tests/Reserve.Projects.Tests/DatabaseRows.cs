using Reserve.Testing;

namespace Reserve.Projects.Tests;

/// <summary>Rows of a test database exactly as the driver returns them (on SQLite, each value's own storage class).</summary>
internal static class DatabaseRows
{
    public static async Task<List<Dictionary<string, object?>>> ReadAsync(TestDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }
        return rows;
    }
}
