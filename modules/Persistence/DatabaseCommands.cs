using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Reserve.Persistence;

/// <summary>
/// Raw statements on a context's connection and current transaction, for what LINQ cannot say atomically
/// (<c>UPDATE … RETURNING</c>, <c>FOR UPDATE SKIP LOCKED</c>). Parameters are named <c>@name</c>, which both
/// providers read; identifiers are double-quoted, which both providers read too.
/// </summary>
public static class DatabaseCommands
{
    public static async Task<DbCommand> CommandAsync(this DatabaseFacade database, string sql, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await database.OpenConnectionAsync(cancellationToken);
        var command = database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = database.CurrentTransaction?.GetDbTransaction();
        // Parameters the statement does not name are left out: the providers differ on whether they are an error.
        foreach (var (name, value) in parameters.Where(p => sql.Contains("@" + p.Key, StringComparison.Ordinal)))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>The first column of the rows the statement returns (for <c>RETURNING</c>).</summary>
    public static async Task<IReadOnlyList<T>> ColumnAsync<T>(this DatabaseFacade database, string sql, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(sql, parameters, cancellationToken);
        var values = new List<T>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                values.Add(reader.GetFieldValue<T>(0));
            }
        }
        Executed(database, command);
        return values;
    }

    public static async Task<int> ExecuteAsync(this DatabaseFacade database, string sql, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(sql, parameters, cancellationToken);
        var changed = await command.ExecuteNonQueryAsync(cancellationToken);
        Executed(database, command);
        return changed;
    }

    // These commands are the connection's own, out of EF Core's sight: a write outside a transaction is told to the
    // stamps here (inside one, the commit is, by ChangeStampInterceptor). Callers of CommandAsync that write run it in a transaction.
    private static void Executed(DatabaseFacade database, DbCommand command)
    {
        if (command.Transaction is null && ChangeStatements.MayWrite(command.CommandText)
            && database.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<ChangeStampInterceptor>().FirstOrDefault() is { } interceptor)
        {
            interceptor.Wrote();
        }
    }
}
