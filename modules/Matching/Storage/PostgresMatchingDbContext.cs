using Microsoft.EntityFrameworkCore;

namespace Reserve.Matching.Storage;

/// <summary>The results table on PostgreSQL: the same model with its own migrations (Storage/Migrations/Postgres).</summary>
internal sealed class PostgresMatchingDbContext(DbContextOptions<PostgresMatchingDbContext> options) : MatchingDbContext(options)
{
}
