using Microsoft.EntityFrameworkCore;

namespace Reserve.Channels.Storage;

/// <summary>
/// The channels module's tables (prefix <c>channels_</c>, own migrations history): which version of each plugin
/// serves, whether the plugin is switched on, each version's golden-case result, the log of changes and the flip
/// report kept with each activation.
/// This type carries the SQLite migrations; <see cref="PostgresChannelsDbContext"/> PostgreSQL's (docs/storage.md).
/// </summary>
internal class ChannelsDbContext : DbContext
{
    public const string HistoryTable = "__channels_migrations";

    public ChannelsDbContext(DbContextOptions<ChannelsDbContext> options)
        : base(options)
    {
    }

    protected ChannelsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<PluginActivationRow> Plugins => Set<PluginActivationRow>();
    public DbSet<PluginVersionRow> Versions => Set<PluginVersionRow>();
    public DbSet<ActivationChangeRow> Changes => Set<ActivationChangeRow>();
    public DbSet<FlipReportRow> FlipReports => Set<FlipReportRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var plugin = modelBuilder.Entity<PluginActivationRow>();
        plugin.ToTable("channels_plugins");
        plugin.HasKey(p => p.PluginId);
        plugin.Property(p => p.PluginId).HasMaxLength(100);
        plugin.Property(p => p.ActiveVersion).HasMaxLength(50);
        plugin.Property(p => p.PreviousVersion).HasMaxLength(50);
        plugin.Property(p => p.ChangedBy).HasMaxLength(100);
        // Two administrators (or two instances) changing one plugin at once: the second is refused, not lost.
        plugin.Property(p => p.Revision).IsConcurrencyToken();

        var version = modelBuilder.Entity<PluginVersionRow>();
        version.ToTable("channels_versions");
        version.HasKey(v => new { v.PluginId, v.Version });
        version.Property(v => v.PluginId).HasMaxLength(100);
        version.Property(v => v.Version).HasMaxLength(50);
        version.Property(v => v.GoldenResult).HasMaxLength(4000);

        var change = modelBuilder.Entity<ActivationChangeRow>();
        change.ToTable("channels_changes");
        change.HasKey(c => c.Id);
        change.Property(c => c.Actor).HasMaxLength(100);
        change.Property(c => c.PluginId).HasMaxLength(100);
        change.Property(c => c.Action).HasMaxLength(20);
        change.Property(c => c.Before).HasMaxLength(200);
        change.Property(c => c.After).HasMaxLength(200);
        change.Property(c => c.Detail).HasMaxLength(4000);
        change.HasIndex(c => c.AtUtc);
        change.HasOne<FlipReportRow>().WithMany().HasForeignKey(c => c.FlipReportId).OnDelete(DeleteBehavior.Restrict);

        var flip = modelBuilder.Entity<FlipReportRow>();
        flip.ToTable("channels_flip_reports");
        flip.HasKey(f => f.Id);
        flip.Property(f => f.PluginId).HasMaxLength(100);
        flip.Property(f => f.FromVersion).HasMaxLength(50);
        flip.Property(f => f.ToVersion).HasMaxLength(50);
        flip.Property(f => f.Counts).HasMaxLength(4000);
    }
}

/// <summary>The channels tables on PostgreSQL: the same model, with its own migrations (Storage/Migrations/Postgres).</summary>
internal sealed class PostgresChannelsDbContext(DbContextOptions<PostgresChannelsDbContext> options) : ChannelsDbContext(options);
