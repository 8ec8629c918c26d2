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
    private readonly string[] _placeholders;

    private EntityInserter(DbCommand command, InsertColumn[] columns, string[] placeholders)
        : base(columns)
    {
        _command = command;
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

    public override async Task InsertAsync(PreparedRow row, CancellationToken cancellationToken)
    {
        _command.Parameters.Clear();
        foreach (var parameter in row.Values)
        {
            _command.Parameters.Add((DbParameter)parameter!);
        }
        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The parameter SaveChanges would make: the type mapping applies the value converter.</summary>
    protected override object? Value(int column, object? modelValue) =>
        Columns[column].Mapping.CreateParameter(_command, _placeholders[column], modelValue, Columns[column].Property.IsNullable);

    public override void Dispose() => _command.Dispose();
}
