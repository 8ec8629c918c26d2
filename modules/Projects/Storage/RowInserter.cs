using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Reserve.Projects.Storage;

/// <summary>
/// Inserts new rows of one entity type for a bulk import, inside the context's current transaction, without the
/// change tracker (which snapshots every JSON column by serializing and deserializing it). A row is made ready on
/// one thread (<see cref="Prepare"/>: converters applied, values encoded) and inserted on the storing thread,
/// which is how an import spreads its work over two cores. SQLite gets its own writer, which binds prepared values
/// straight to a native statement; other providers get a reused ADO.NET command.
/// </summary>
internal abstract class RowInserter<T>(InsertColumn[] columns) : IDisposable where T : class
{
    public static RowInserter<T> Create(DbContext db)
    {
        var columns = InsertColumns.Of<T>(db);
        return db.Database.GetDbConnection() is SqliteConnection sqlite && SqliteRowInserter<T>.TryCreate(sqlite, columns) is { } native
            ? native
            : EntityInserter<T>.Create(db, columns);
    }

    protected InsertColumn[] Columns => columns;

    /// <summary>The row of <paramref name="entity"/>, ready to insert; <paramref name="shadow"/> gives the values of properties the class does not have.</summary>
    public PreparedRow Prepare(T entity, IReadOnlyDictionary<string, object?> shadow)
    {
        var values = new object?[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            values[i] = Value(i, columns[i].ModelValue(entity, shadow));
        }
        return new PreparedRow(values);
    }

    /// <summary>Replaces one property's value in a prepared row (a value known only when it is stored, such as a new id).</summary>
    public void Set(PreparedRow row, string propertyName, object? value)
    {
        var index = Array.FindIndex(columns, c => c.Property.Name == propertyName);
        row.Values[index] = Value(index, value);
    }

    /// <summary>Inserts the row, now or by the next <see cref="FlushAsync"/> (an inserter may gather rows into fewer statements).</summary>
    public abstract Task InsertAsync(PreparedRow row, CancellationToken cancellationToken);

    /// <summary>Writes the rows held back; called before anything reads them (the end of a batch, the commit).</summary>
    public virtual Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract void Dispose();

    /// <summary>A column's model value as this inserter keeps it in a prepared row (made on the preparing thread).</summary>
    protected abstract object? Value(int column, object? modelValue);
}

/// <summary>A row made ready by a <see cref="RowInserter{T}"/>; what each value holds is that inserter's business.</summary>
internal sealed class PreparedRow(object?[] values)
{
    public object?[] Values { get; } = values;
}
