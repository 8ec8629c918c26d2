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

    /// <summary>Inserts one row; <paramref name="shadow"/> gives the values of properties the class does not have.</summary>
    public async Task InsertAsync(T entity, IReadOnlyDictionary<string, object?> shadow, CancellationToken cancellationToken)
    {
        _command.Parameters.Clear();
        foreach (var column in _columns)
        {
            var property = column.Property;
            var value = property.IsShadowProperty() ? shadow[property.Name] : property.GetGetter().GetClrValueUsingContainingEntity(entity);
            // As SaveChanges does: the property's type mapping applies its value converter and makes the provider's parameter.
            _command.Parameters.Add(column.Mapping.CreateParameter(_command, column.Placeholder, value, property.IsNullable));
        }
        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _command.Dispose();

    /// <summary>A column and its parameter, named as it is written in the statement (@p0) so that binding needs no second lookup.</summary>
    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, string Placeholder);
}
