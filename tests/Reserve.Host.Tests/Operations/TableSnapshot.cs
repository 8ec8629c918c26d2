using Microsoft.Data.Sqlite;

namespace Reserve.Host.Tests.Operations;

/// <summary>
/// Every table of a SQLite file, every row and every column as text (<c>column=value</c>, columns apart by ␟), to compare
/// two databases whole; naming each value lets a comparison follow a column that a rebuilt table moved.
/// </summary>
internal static class TableSnapshot
{
    /// <summary>Every table's rows as text, leaving out the columns named in <paramref name="leftOut"/> (table, column).</summary>
    public static SortedDictionary<string, List<string>> Of(string file, IReadOnlySet<(string Table, string Column)>? leftOut = null)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            // A virtual table's rows are compared through its shadow tables (a contentless FTS5 table cannot be scanned).
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var snapshot = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""SELECT * FROM "{table}" """;
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var values = new List<string>(reader.FieldCount);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (leftOut?.Contains((table, reader.GetName(i))) == true)
                    {
                        continue;
                    }
                    values.Add(reader.GetName(i) + "=" + (reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] bytes ? Convert.ToBase64String(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!));
                }
                rows.Add(string.Join('\u241f', values));
            }
            rows.Sort(StringComparer.Ordinal);
            snapshot[table] = rows;
        }
        return snapshot;
    }
}
