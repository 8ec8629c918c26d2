using Microsoft.EntityFrameworkCore;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Storage;

/// <summary>
/// The reserve's tables on PostgreSQL: the same model, with its own migrations (Storage/Migrations/Postgres).
/// The lists and maps of the record are <c>json</c> columns there: checked to be JSON by the server, and kept
/// as written (not <c>jsonb</c>, which reorders keys and would change the audit's before/after text).
/// </summary>
internal sealed class PostgresProjectsDbContext(DbContextOptions<PostgresProjectsDbContext> options) : ProjectsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        var project = modelBuilder.Entity<ProjectRecord>();
        project.Property(p => p.Tags).HasColumnType("json");
        project.Property(p => p.FundingSources).HasColumnType("json");
        project.Property(p => p.Requests).HasColumnType("json");
        project.Property(p => p.PreWork).HasColumnType("json");
        project.Property(p => p.NegativeList).HasColumnType("json");
        project.Property(p => p.Facts).HasColumnType("json");
    }
}
