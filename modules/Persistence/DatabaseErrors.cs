using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Reserve.Persistence;

/// <summary>Recognises the errors a module answers with a message rather than a crash, on either provider.</summary>
public static class DatabaseErrors
{
    /// <summary>A unique or primary key constraint refused the row (someone else stored the same key first).</summary>
    public static bool IsUniqueViolation(Exception exception) => Inner(exception) switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };

    private static Exception Inner(Exception exception) =>
        exception is DbUpdateException { InnerException: { } inner } ? inner : exception;
}
