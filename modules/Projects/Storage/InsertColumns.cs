using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Reserve.Projects.Storage;

/// <summary>
/// The columns an insert of one entity type writes, taken from the EF model as SaveChanges takes them: every
/// mapped property but a key the database generates (the audit's id), with its type mapping and value converter.
/// </summary>
internal sealed class InsertColumns
{
    private InsertColumns(string table, InsertColumn[] columns)
    {
        Table = table;
        Columns = columns;
    }

    /// <summary>The table's name, quoted for the provider.</summary>
    public string Table { get; }

    public InsertColumn[] Columns { get; }

    public static InsertColumns Of<T>(DbContext db) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} 不在数据模型中");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null && !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .Select(p => new InsertColumn(p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), sql.DelimitIdentifier(p.GetColumnName(table)!)))
            .ToArray();
        return new InsertColumns(sql.DelimitIdentifier(table.Name, table.Schema), columns);
    }

    /// <summary>The INSERT statement of <paramref name="rows"/> rows, each value written by <paramref name="placeholder"/> from its position (row by row, column by column).</summary>
    public string InsertSql(int rows, Func<int, string> placeholder) =>
        $"INSERT INTO {Table} ({string.Join(", ", Columns.Select(c => c.Name))}) VALUES " +
        string.Join(", ", Enumerable.Range(0, rows).Select(r => $"({string.Join(", ", Columns.Select((_, i) => placeholder(r * Columns.Length + i)))})"));
}

/// <summary>A column of an insert: its property, type mapping and quoted name.</summary>
internal sealed record InsertColumn(IProperty Property, RelationalTypeMapping Mapping, string Name)
{
    /// <summary>
    /// The entity's value of the property; <paramref name="shadow"/> gives the values of properties the class does
    /// not have (version, timestamps).
    /// </summary>
    public object? ModelValue(object entity, IReadOnlyDictionary<string, object?> shadow) =>
        !Property.IsShadowProperty() ? Property.GetGetter().GetClrValueUsingContainingEntity(entity)
        : shadow.TryGetValue(Property.Name, out var value) ? value
        : Property.IsNullable ? null // a state a new row does not have yet (withdrawn)
        : throw new KeyNotFoundException($"新行缺少 {Property.Name} 的值");
}
