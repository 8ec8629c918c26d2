using Microsoft.EntityFrameworkCore;

namespace Reserve.Jobs.Storage;

/// <summary>
/// The jobs module's tables (prefix <c>jobs_</c>, own migrations history). This type carries the SQLite
/// migrations; <see cref="PostgresJobsDbContext"/> derives from it to carry PostgreSQL's (docs/storage.md).
/// </summary>
internal class JobsDbContext : DbContext
{
    public const string HistoryTable = "__jobs_migrations";
    public const string QueueTable = "jobs_queue";

    public JobsDbContext(DbContextOptions<JobsDbContext> options)
        : base(options)
    {
    }

    protected JobsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<JobRow> Jobs => Set<JobRow>();
    public DbSet<JobFileRow> Files => Set<JobFileRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var job = modelBuilder.Entity<JobRow>();
        job.ToTable(QueueTable);
        job.HasKey(j => j.Id);
        job.Property(j => j.Kind).HasMaxLength(100);
        job.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        job.Property(j => j.DedupeKey).HasMaxLength(200);
        job.Property(j => j.RequestedBy).HasMaxLength(100);
        job.Property(j => j.Department).HasMaxLength(50);
        job.Property(j => j.Message).HasMaxLength(1000);
        job.Property(j => j.ClaimedBy).HasMaxLength(200);
        job.Property(j => j.ResultFileName).HasMaxLength(260);
        job.HasIndex(j => new { j.State, j.Id });
        job.HasIndex(j => new { j.RequestedBy, j.Id });
        // At most one live job per dedupe key, whichever instance queues it: the database decides.
        job.HasIndex(j => j.DedupeKey).IsUnique().HasFilter("\"DedupeKey\" IS NOT NULL AND \"State\" IN ('Queued', 'Running')");

        var file = modelBuilder.Entity<JobFileRow>();
        file.ToTable("jobs_files");
        file.HasKey(f => f.JobId);
        file.Property(f => f.JobId).ValueGeneratedNever();
        file.Property(f => f.FileName).HasMaxLength(260);
        file.Property(f => f.ContentType).HasMaxLength(200);
        file.HasOne<JobRow>().WithOne().HasForeignKey<JobFileRow>(f => f.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The jobs tables on PostgreSQL: the same model, with its own migrations (Storage/Migrations/Postgres).</summary>
internal sealed class PostgresJobsDbContext(DbContextOptions<PostgresJobsDbContext> options) : JobsDbContext(options);
