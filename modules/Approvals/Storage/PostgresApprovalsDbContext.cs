using Microsoft.EntityFrameworkCore;

namespace Reserve.Approvals.Storage;

/// <summary>The same tables on PostgreSQL, with their own migrations (Storage/Migrations/Postgres).</summary>
internal sealed class PostgresApprovalsDbContext(DbContextOptions<PostgresApprovalsDbContext> options) : ApprovalsDbContext(options);
