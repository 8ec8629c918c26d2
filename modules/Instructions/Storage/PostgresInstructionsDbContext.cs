using Microsoft.EntityFrameworkCore;

namespace Reserve.Instructions.Storage;

/// <summary>The same tables on PostgreSQL, with their own migrations (Storage/Migrations/Postgres).</summary>
internal sealed class PostgresInstructionsDbContext(DbContextOptions<PostgresInstructionsDbContext> options) : InstructionsDbContext(options);
