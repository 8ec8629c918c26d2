using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Reserve.Persistence;

/// <summary>
/// SQLite row triggers set aside for the current transaction by a bulk write that does their work itself, set-wise,
/// before it commits (a trigger that costs microseconds a row costs minutes over millions of rows). SQLite's DDL is
/// transactional and it has one writer: no other connection sees the triggers gone, and a rollback restores them with
/// everything else. They are re-created from their own stored definitions, so they come back exactly as they were.
/// </summary>
public sealed class SuspendedTriggers
{
    private static readonly Dictionary<string, object?> NoParameters = [];

    private readonly IReadOnlyList<string> _definitions;

    private SuspendedTriggers(IReadOnlyList<string> definitions) => _definitions = definitions;

    /// <summary>Drops the named triggers in the current transaction, keeping their definitions; every one must exist.</summary>
    public static async Task<SuspendedTriggers> SuspendAsync(DatabaseFacade database, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(names);
        var definitions = new List<string>();
        foreach (var name in names)
        {
            var sql = await database.ColumnAsync<string>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = @name",
                new Dictionary<string, object?> { ["name"] = name }, cancellationToken);
            definitions.Add(sql.Count == 1 ? sql[0] : throw new InvalidOperationException($"找不到触发器 {name}"));
            await database.ExecuteAsync($"DROP TRIGGER \"{name}\"", NoParameters, cancellationToken);
        }
        return new SuspendedTriggers(definitions);
    }

    /// <summary>Re-creates the triggers, once the bulk write has done their work.</summary>
    public async Task RestoreAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        foreach (var definition in _definitions)
        {
            await database.ExecuteAsync(definition, NoParameters, cancellationToken);
        }
    }
}
