using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Reserve.Projects.Storage;

/// <summary>
/// Inserts rows into SQLite through one native prepared statement on the context's connection (so inside its
/// transaction), with values encoded on the preparing thread (<see cref="SqliteStorageValue"/>) and bound by
/// position. Microsoft.Data.Sqlite looks each parameter up by name and transcodes each text to UTF-8 at every
/// execution, on the storing thread, which made that thread the import's bottleneck (BENCHMARKS.md, import).
/// The values stored are those Microsoft.Data.Sqlite would store for SaveChanges' parameters: tested column by
/// column against SaveChanges on complete, sparse and odd records (BulkInsertTests).
/// </summary>
internal sealed class SqliteRowInserter<T> : RowInserter<T> where T : class
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly SqliteStorageValue.Encoding[] _encodings;

    private SqliteRowInserter(SqliteConnection connection, sqlite3_stmt statement, InsertColumn[] columns, SqliteStorageValue.Encoding[] encodings)
        : base(columns)
    {
        _connection = connection;
        _statement = statement;
        _encodings = encodings;
    }

    /// <summary>
    /// The writer for an open connection, or null when a column's values are of a kind <see cref="SqliteStorageValue"/>
    /// does not encode exactly as Microsoft.Data.Sqlite would (the caller then uses <see cref="EntityInserter{T}"/>).
    /// </summary>
    public static SqliteRowInserter<T>? TryCreate(SqliteConnection connection, InsertColumns columns)
    {
        if (connection.Handle is null)
        {
            return null;
        }
        var encodings = new SqliteStorageValue.Encoding[columns.Columns.Length];
        using (var probe = connection.CreateCommand())
        {
            for (var i = 0; i < encodings.Length; i++)
            {
                var column = columns.Columns[i];
                // The parameter SaveChanges would make tells the storage class and size it asks for.
                var parameter = (SqliteParameter)column.Mapping.CreateParameter(probe, "@probe", null, column.Property.IsNullable);
                var providerType = column.Mapping.Converter?.ProviderClrType ?? column.Mapping.ClrType;
                if (SqliteStorageValue.For(providerType, parameter.SqliteType, parameter.Size) is not { } encoding)
                {
                    return null;
                }
                encodings[i] = encoding;
            }
        }
        var sql = columns.InsertSql(1, i => "?" + (i + 1));
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        return new SqliteRowInserter<T>(connection, statement, columns.Columns, encodings);
    }

    public override Task InsertAsync(PreparedRow row, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var handle = _connection.Handle!;
        var values = row.Values;
        for (var i = 0; i < values.Length; i++)
        {
            var index = i + 1;
            var rc = values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                byte[] text => raw.sqlite3_bind_text(_statement, index, text.AsSpan()),
                long integer => raw.sqlite3_bind_int64(_statement, index, integer),
                double real => raw.sqlite3_bind_double(_statement, index, real),
                var other => throw new InvalidOperationException($"未编码的值 {other.GetType().Name}"),
            };
            SqliteException.ThrowExceptionForRC(rc, handle);
        }
        var step = raw.sqlite3_step(_statement);
        try
        {
            if (step != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(step, handle);
            }
        }
        finally
        {
            // After the error is read, so that a refused row (a duplicate id) still leaves the statement reusable.
            raw.sqlite3_reset(_statement);
        }
        return Task.CompletedTask;
    }

    /// <summary>The value converted as the type mapping converts it, then encoded for SQLite.</summary>
    protected override object? Value(int column, object? modelValue)
    {
        var converter = Columns[column].Mapping.Converter;
        return _encodings[column].Encode(modelValue is not null && converter is not null ? converter.ConvertToProvider(modelValue) : modelValue);
    }

    public override void Dispose() => _statement.Dispose();
}
