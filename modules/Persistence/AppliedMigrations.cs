using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Reserve.Persistence;

/// <summary>
/// Whether a module's migrations are all applied, asked without EF Core: the migration ids come from the attributes of
/// the context's migration classes and the applied ones from one query of its history table. EF's own check builds the
/// module's model (and, to migrate, its design-time model and a diff against the snapshot) — a good part of a start that
/// has nothing to apply; this one costs a query.
/// </summary>
internal static class AppliedMigrations
{
    /// <summary>
    /// True when every migration <paramref name="contextType"/> carries is in <paramref name="historyTable"/>. False when
    /// one is missing, the table does not exist yet, or the database cannot be read: then EF Core migrates (and reports).
    /// </summary>
    public static async Task<bool> AllAppliedAsync(DatabaseOptions database, Type contextType, string historyTable, CancellationToken cancellationToken)
    {
        var known = Known(contextType);
        try
        {
            await using var connection = Connect(database);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"""SELECT "MigrationId" FROM "{historyTable}" """;
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetString(0));
                }
            }
            return known.All(applied.Contains);
        }
        catch (DbException)
        {
            return false;
        }
    }

    /// <summary>The ids of the migrations made for exactly this context type (as EF Core finds them: same assembly, same type).</summary>
    internal static IReadOnlyList<string> Known(Type contextType) =>
        contextType.Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .ToList();

    private static DbConnection Connect(DatabaseOptions database) =>
        database.IsPostgres ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString);
}
