using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Reserve.Projects.Storage;

/// <summary>
/// Inserts new rows of one entity type with a single reused command, inside the context's current
/// transaction, taking table, columns, value converters and parameter types from the EF model, as
/// SaveChanges would, so that both providers store the same values. It exists for bulk imports: adding
/// an entity to the change tracker snapshots every JSON column by serializing and deserializing it, which
/// cost more than the insert itself. Columns the database generates (the audit's id) are left to it.
/// </summary>
internal sealed class EntityInserter<T> : IDisposable where T : class
{
    private readonly DbCommand _command;
    private readonly Column[] _columns;

    private EntityInserter(DbCommand command, Column[] columns)
    {
        _command = command;
        _columns = columns;
    }

    public static EntityInserter<T> Create(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} 不在数据模型中");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null && !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .Select((p, i) => new Column(p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), sql.GenerateParameterNamePlaceholder("p" + i)))
            .ToArray();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => c.Placeholder))})";
        return new EntityInserter<T>(command, columns);
    }

    /// <summary>
    /// The row's parameters, made as SaveChanges makes them: each property's type mapping applies its value
    /// converter (the JSON columns are serialized here) and creates the provider's parameter. Safe to call on
    /// another thread than the one inserting, which is how an import spreads the work over two cores.
    /// <paramref name="shadow"/> gives the values of properties the class does not have.
    /// </summary>
    public DbParameter[] Prepare(T entity, IReadOnlyDictionary<string, object?> shadow)
    {
        var parameters = new DbParameter[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            var property = _columns[i].Property;
            var value = property.IsShadowProperty() ? shadow[property.Name] : property.GetGetter().GetClrValueUsingContainingEntity(entity);
            parameters[i] = Parameter(i, value);
        }
        return parameters;
    }

    /// <summary>Replaces one property's parameter of a prepared row (a value known only when it is stored, such as a new id).</summary>
    public void Set(DbParameter[] parameters, string propertyName, object? value)
    {
        var index = Array.FindIndex(_columns, c => c.Property.Name == propertyName);
        parameters[index] = Parameter(index, value);
    }

    /// <summary>Inserts a prepared row.</summary>
    public async Task InsertAsync(DbParameter[] parameters, CancellationToken cancellationToken)
    {
        _command.Parameters.Clear();
        _command.Parameters.AddRange(parameters);
        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbParameter Parameter(int column, object? value) =>
        _columns[column].Mapping.CreateParameter(_command, _columns[column].Placeholder, value, _columns[column].Property.IsNullable);

    public void Dispose() => _command.Dispose();

    /// <summary>A column and its parameter, named as it is written in the statement (@p0) so that binding needs no second lookup.</summary>
    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, string Placeholder);
}
