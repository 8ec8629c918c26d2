using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Reserve.Projects.Storage;

/// <summary>
/// Inserts rows with a single reused ADO.NET command, its parameters made as SaveChanges makes them (each
/// property's type mapping applies its value converter and creates the provider's parameter), so that the
/// values stored are SaveChanges' own. Used for PostgreSQL.
/// </summary>
internal sealed class EntityInserter<T> : RowInserter<T> where T : class
{
    private readonly DbCommand _command;
    private readonly InsertColumn[] _columns;
    private readonly string[] _placeholders;

    private EntityInserter(DbCommand command, InsertColumn[] columns, string[] placeholders)
    {
        _command = command;
        _columns = columns;
        _placeholders = placeholders;
    }

    public static EntityInserter<T> Create(DbContext db, InsertColumns columns)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        // Parameters are named as the statement writes them (@p0), so that binding needs no second lookup.
        var placeholders = columns.Columns.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i)).ToArray();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = columns.InsertSql(i => placeholders[i]);
        return new EntityInserter<T>(command, columns.Columns, placeholders);
    }

    public override PreparedRow Prepare(T entity, IReadOnlyDictionary<string, object?> shadow)
    {
        var parameters = new object?[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            parameters[i] = Parameter(i, _columns[i].ModelValue(entity, shadow));
        }
        return new PreparedRow(parameters);
    }

    public override void Set(PreparedRow row, string propertyName, object? value)
    {
        var index = Array.FindIndex(_columns, c => c.Property.Name == propertyName);
        row.Values[index] = Parameter(index, value);
    }

    public override async Task InsertAsync(PreparedRow row, CancellationToken cancellationToken)
    {
        _command.Parameters.Clear();
        foreach (var parameter in row.Values)
        {
            _command.Parameters.Add((DbParameter)parameter!);
        }
        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbParameter Parameter(int column, object? value) =>
        _columns[column].Mapping.CreateParameter(_command, _placeholders[column], value, _columns[column].Property.IsNullable);

    public override void Dispose() => _command.Dispose();
}
