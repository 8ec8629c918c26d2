using Microsoft.EntityFrameworkCore;

namespace Reserve.Dispatch.Storage;

/// <summary>The same tables on PostgreSQL, with their own migrations (Storage/Migrations/Postgres); see docs/storage.md.</summary>
internal sealed class PostgresDispatchDbContext(DbContextOptions<PostgresDispatchDbContext> options) : DispatchDbContext(options);
