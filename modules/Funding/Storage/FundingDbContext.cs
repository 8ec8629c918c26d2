using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;

namespace Reserve.Funding.Storage;

/// <summary>The ledger's own table (prefix <c>funding_</c>, own migrations history).</summary>
internal class FundingDbContext : DbContext
{
    public FundingDbContext(DbContextOptions<FundingDbContext> options)
        : base(options)
    {
    }

    protected FundingDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string HistoryTable = "__funding_migrations";

    public DbSet<FundingRow> Lines => Set<FundingRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var line = modelBuilder.Entity<FundingRow>();
        line.ToTable("funding_lines");
        line.HasKey(l => l.Id);
        line.Property(l => l.ProjectId).HasMaxLength(32);
        line.Property(l => l.Department).HasMaxLength(50);
        line.Property(l => l.Channel).HasMaxLength(100);
        line.Property(l => l.GrantBatch).HasMaxLength(100);
        line.Property(l => l.GrantDocNumber).HasMaxLength(100);
        line.Property(l => l.UpdatedBy).HasMaxLength(50);
        foreach (var money in new[] { nameof(FundingRow.Planned), nameof(FundingRow.AppliedAmount), nameof(FundingRow.GrantedAmount), nameof(FundingRow.ArrivedAmount) })
        {
            line.Property(money).HasPrecision(18, 4);
        }
        line.Property(l => l.Version).IsConcurrencyToken();
        line.HasIndex(l => new { l.Year, l.ProjectId, l.Channel }).IsUnique();
        line.HasIndex(l => l.Department);
        line.HasIndex(l => l.Channel);
    }
}

/// <summary>The same table on PostgreSQL, with its own migrations (docs/storage.md).</summary>
internal sealed class PostgresFundingDbContext(DbContextOptions<PostgresFundingDbContext> options) : FundingDbContext(options);

/// <summary>The database the module was registered on.</summary>
internal sealed record FundingDatabase(DatabaseOptions Options);
