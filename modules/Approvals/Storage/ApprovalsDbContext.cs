using Microsoft.EntityFrameworkCore;
using Reserve.Approvals.Records;

namespace Reserve.Approvals.Storage;

/// <summary>
/// The approval service's own tables (prefix <c>approvals_</c>, own migrations history). A record's commitments
/// are a JSON column of its row, the same on SQLite and PostgreSQL.
/// </summary>
internal class ApprovalsDbContext : DbContext
{
    public ApprovalsDbContext(DbContextOptions<ApprovalsDbContext> options)
        : base(options)
    {
    }

    // For the PostgreSQL subclass, which has its own migrations.
    protected ApprovalsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string HistoryTable = "__approvals_migrations";
    public const string VersionProperty = "Version";
    public const string UpdatedAtProperty = "UpdatedAtUtc";
    public const string UpdatedByProperty = "UpdatedBy";
    public const string CreatedAtProperty = "CreatedAtUtc";

    public DbSet<ApprovalRecord> Records => Set<ApprovalRecord>();
    public DbSet<CalendarRow> Calendar => Set<CalendarRow>();
    public DbSet<ApprovalAuditRow> Audit => Set<ApprovalAuditRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var record = modelBuilder.Entity<ApprovalRecord>();
        record.ToTable("approvals_records");
        record.HasKey(r => r.Id);
        record.Property(r => r.ProjectId).HasMaxLength(32).IsRequired();
        record.Property(r => r.ProjectName).HasMaxLength(100).IsRequired();
        record.Property(r => r.Department).HasMaxLength(50).IsRequired();
        record.Property(r => r.Item).HasConversion<string>().HasMaxLength(40);
        record.Property(r => r.Authority).HasMaxLength(200);
        record.Property(r => r.Basis).HasConversion<string>().HasMaxLength(20);
        record.Property(r => r.StatutoryLimitId).HasMaxLength(40);
        record.Property(r => r.Counting).HasConversion<string>().HasMaxLength(20);
        record.Property(r => r.DocNumber).HasMaxLength(200);
        record.Property(r => r.Note).HasMaxLength(2000);
        record.OwnsMany(r => r.Commitments, c =>
        {
            c.ToJson("commitments");
            c.Property(x => x.Kind).HasConversion<string>();
        });
        record.Property<int>(VersionProperty).IsConcurrencyToken();
        record.Property<DateTime>(CreatedAtProperty);
        record.Property<DateTime>(UpdatedAtProperty);
        record.Property<string>(UpdatedByProperty).HasMaxLength(100);
        // One record per item of a project: a second application for the same item updates the first.
        record.HasIndex(r => new { r.ProjectId, r.Item }).IsUnique();
        record.HasIndex(r => r.Department);

        var calendar = modelBuilder.Entity<CalendarRow>();
        calendar.ToTable("approvals_calendar");
        calendar.HasKey(c => c.Date);
        calendar.Property(c => c.Note).HasMaxLength(100);

        var audit = modelBuilder.Entity<ApprovalAuditRow>();
        audit.ToTable("approvals_audit");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Entity).HasMaxLength(20);
        audit.Property(a => a.EntityKey).HasMaxLength(40);
        audit.Property(a => a.Action).HasMaxLength(40);
        audit.Property(a => a.User).HasMaxLength(100);
        audit.HasIndex(a => new { a.Entity, a.EntityKey });
    }
}

internal sealed class CalendarRow
{
    public DateOnly Date { get; set; }
    public bool IsWorkday { get; set; }
    public string? Note { get; set; }
}

internal sealed class ApprovalAuditRow
{
    public const string RecordEntity = "approval";
    public const string CalendarEntity = "calendar";

    public long Id { get; set; }
    public string Entity { get; set; } = "";
    public string EntityKey { get; set; } = "";
    public string Action { get; set; } = "";
    public string User { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
