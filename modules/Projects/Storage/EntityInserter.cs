using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Reserve.Projects.Storage;

/// <summary>
/// Inserts rows with ADO.NET commands, their parameters made as SaveChanges makes them (each property's type mapping
/// applies its value converter and creates the provider's parameter), so that the values stored are SaveChanges' own.
/// Used for PostgreSQL. Rows are held until <see cref="FlushAsync"/> and written many to a statement: the reserve's
/// kept totals are statement triggers (migration KeptTotals), which then group a thousand rows at once instead of
/// running three upserts for every row, and the round trips go with them.
/// </summary>
internal sealed class EntityInserter<T> : RowInserter<T> where T : class
{
    /// <summary>PostgreSQL's protocol numbers a statement's parameters in 16 bits.</summary>
    private const int MaxParameters = 65_535;

    private const int MaxRowsPerStatement = 1000;

    private readonly DbContext _db;
    private readonly InsertColumns _insert;
    private readonly ISqlGenerationHelper _sql;
    private readonly DbCommand _factory;
    private readonly List<PreparedRow> _pending = [];
    private readonly int _rowsPerStatement;
    private string? _fullStatement;

    private EntityInserter(DbContext db, InsertColumns insert)
        : base(insert.Columns)
    {
        _db = db;
        _insert = insert;
        _sql = db.GetService<ISqlGenerationHelper>();
        // Creates the parameters (a provider makes them through a command); never executed.
        _factory = db.Database.GetDbConnection().CreateCommand();
        _rowsPerStatement = Math.Clamp(MaxParameters / insert.Columns.Length, 1, MaxRowsPerStatement);
    }

    public static EntityInserter<T> Create(DbContext db, InsertColumns columns) => new(db, columns);

    public override Task InsertAsync(PreparedRow row, CancellationToken cancellationToken)
    {
        _pending.Add(row);
        return Task.CompletedTask;
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        for (var start = 0; start < _pending.Count; start += _rowsPerStatement)
        {
            var rows = _pending.GetRange(start, Math.Min(_rowsPerStatement, _pending.Count - start));
            await using var command = _db.Database.GetDbConnection().CreateCommand();
            command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            var width = Columns.Length;
            command.CommandText = rows.Count == _rowsPerStatement
                ? _fullStatement ??= Statement(rows.Count)
                : Statement(rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < width; c++)
                {
                    var parameter = (DbParameter)rows[r].Values[c]!;
                    parameter.ParameterName = _sql.GenerateParameterName("p" + (r * width + c));
                    command.Parameters.Add(parameter);
                }
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        _pending.Clear();
    }

    private string Statement(int rows) => _insert.InsertSql(rows, i => _sql.GenerateParameterNamePlaceholder("p" + i));

    /// <summary>The parameter SaveChanges would make: the type mapping applies the value converter (named when written).</summary>
    protected override object? Value(int column, object? modelValue) =>
        Columns[column].Mapping.CreateParameter(_factory, "", modelValue, Columns[column].Property.IsNullable);

    public override void Dispose() => _factory.Dispose();
}
