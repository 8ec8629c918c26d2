using Microsoft.EntityFrameworkCore;

namespace Reserve.Matching.Storage;

/// <summary>
/// The matching module's own table (prefix <c>match_</c>, own migrations history). This type carries the SQLite
/// migrations; <see cref="PostgresMatchingDbContext"/> derives from it to carry PostgreSQL's (docs/storage.md),
/// which is why it is not sealed.
/// </summary>
internal class MatchingDbContext : DbContext
{
    public MatchingDbContext(DbContextOptions<MatchingDbContext> options)
        : base(options)
    {
    }

    protected MatchingDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string HistoryTable = "__matching_migrations";

    public DbSet<MatchRow> Results => Set<MatchRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var row = modelBuilder.Entity<MatchRow>();
        row.ToTable("match_results");
        row.HasKey(r => new { r.ProjectId, r.ChannelId });
        row.Property(r => r.ProjectId).HasMaxLength(32);
        row.Property(r => r.ChannelId).HasMaxLength(100);
        row.Property(r => r.PluginId).HasMaxLength(100);
        row.Property(r => r.PluginVersion).HasMaxLength(50);
        row.Property(r => r.Verdict).HasMaxLength(20);
        row.Property(r => r.Score).HasPrecision(6, 1);
        row.Property(r => r.Amount).HasPrecision(18, 4);
        row.Property(r => r.Readiness).HasMaxLength(20);
        row.Property(r => r.Timing).HasMaxLength(20);
        row.HasIndex(r => new { r.ChannelId, r.Verdict });
        // Start-up's staleness check and the aggregates' change stamp read these by seeks, never by a scan.
        row.HasIndex(r => new { r.ChannelId, r.PluginVersion });
        row.HasIndex(r => r.MatchedAtUtc);
    }
}
