using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Reserve.Persistence;

/// <summary>
/// Tells <see cref="ChangeStamps"/> about every write a module's context commits, so that no request of this instance
/// is answered from stamps read before it: a transaction's commit, or a statement that is not a plain <c>SELECT</c> run
/// outside one (EF Core's single-statement saves, <c>ExecuteUpdate</c>, raw SQL through <see cref="DatabaseCommands"/>).
/// A statement inside a transaction waits for the commit: before it, another request could read the stamps and keep
/// what the commit is about to change. Reading the stamps again costs one statement, so anything that might be a write
/// counts as one.
/// </summary>
internal sealed class ChangeStampInterceptor(ChangeStamps stamps) : IDbCommandInterceptor, IDbTransactionInterceptor
{
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => stamps.Changed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        stamps.Changed();
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Executed(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Executed(command);
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Executed(command);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Executed(command);
        return ValueTask.FromResult(result);
    }

    // A statement with RETURNING is read like a query: what it wrote is committed once its reader is done.
    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Executed(command);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Executed(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Executed(command);
        return result;
    }

    /// <summary>A write outside a transaction, made on the connection directly (<see cref="DatabaseCommands"/>).</summary>
    public void Wrote() => stamps.Changed();

    private void Executed(DbCommand command)
    {
        if (command.Transaction is null && ChangeStatements.MayWrite(command.CommandText))
        {
            stamps.Changed();
        }
    }
}

/// <summary>Which statements may change data, as far as the stamps are concerned.</summary>
internal static class ChangeStatements
{
    /// <summary>
    /// False only for a statement that begins with <c>SELECT</c> (after blanks and comments): what EF Core sends for a
    /// query. <c>WITH</c> may hold a writing statement, <c>PRAGMA</c> may set something: both count as writes.
    /// </summary>
    public static bool MayWrite(string? sql)
    {
        var text = (sql ?? "").AsSpan();
        while (true)
        {
            text = text.TrimStart();
            if (text.StartsWith("--", StringComparison.Ordinal))
            {
                var end = text.IndexOf('\n');
                text = end < 0 ? [] : text[(end + 1)..];
            }
            else if (text.StartsWith("/*", StringComparison.Ordinal))
            {
                var end = text.IndexOf("*/", StringComparison.Ordinal);
                text = end < 0 ? [] : text[(end + 2)..];
            }
            else
            {
                break;
            }
        }
        return !(text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && (text.Length == 6 || !char.IsLetterOrDigit(text[6])));
    }
}
