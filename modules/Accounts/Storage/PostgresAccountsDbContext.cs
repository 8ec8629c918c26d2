using Microsoft.EntityFrameworkCore;

namespace Reserve.Accounts.Storage;

/// <summary>The same tables on PostgreSQL, with their own migrations (Storage/Migrations/Postgres); see docs/storage.md.</summary>
internal sealed class PostgresAccountsDbContext(DbContextOptions<PostgresAccountsDbContext> options) : AccountsDbContext(options);
