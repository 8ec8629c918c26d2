using Microsoft.EntityFrameworkCore;

namespace Reserve.Matching.Storage;

/// <summary>
/// The results table on PostgreSQL: the same model with its own migrations (Storage/Migrations/Postgres); the
/// full explanation is a <c>json</c> column there (checked by the server, kept as written).
/// </summary>
internal sealed class PostgresMatchingDbContext(DbContextOptions<PostgresMatchingDbContext> options) : MatchingDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<MatchRow>().Property(r => r.ResultJson).HasColumnType("json");
    }
}
