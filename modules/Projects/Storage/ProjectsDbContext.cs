using Microsoft.EntityFrameworkCore;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Storage;

/// <summary>
/// The reserve's own tables (prefix <c>reserve_</c>, own migrations history). This type carries the SQLite
/// migrations; <see cref="PostgresProjectsDbContext"/> derives from it to carry PostgreSQL's (docs/storage.md),
/// which is why it is not sealed.
/// </summary>
internal class ProjectsDbContext : DbContext
{
    public ProjectsDbContext(DbContextOptions<ProjectsDbContext> options)
        : base(options)
    {
    }

    protected ProjectsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string HistoryTable = "__reserve_migrations";
    public const string VersionProperty = "Version";
    public const string UpdatedAtProperty = "UpdatedAtUtc";
    public const string UpdatedByProperty = "UpdatedBy";
    public const string CreatedAtProperty = "CreatedAtUtc";

    /// <summary>When the project was withdrawn (撤回) from the reserve; null while it is in the reserve.</summary>
    public const string WithdrawnAtProperty = "WithdrawnAtUtc";
    public const string WithdrawnByProperty = "WithdrawnBy";
    public const string WithdrawnReasonProperty = "WithdrawnReason";

    public DbSet<ProjectRecord> Projects => Set<ProjectRecord>();
    public DbSet<AuditRow> Audit => Set<AuditRow>();
    public DbSet<SequenceRow> Sequences => Set<SequenceRow>();
    public DbSet<ImportDraftRow> ImportDrafts => Set<ImportDraftRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var project = modelBuilder.Entity<ProjectRecord>();
        project.ToTable("reserve_projects");
        project.HasKey(p => p.Id);
        project.Property(p => p.Id).HasMaxLength(32).IsRequired();
        project.Property(p => p.Code).HasMaxLength(24);
        project.Property(p => p.Name).HasMaxLength(100).IsRequired();
        project.Property(p => p.Department).HasMaxLength(50).IsRequired();
        project.Property(p => p.Unit).HasMaxLength(200).IsRequired();
        project.Property(p => p.UnitCreditCode).HasMaxLength(18);
        project.Property(p => p.Scale).HasMaxLength(2000).IsRequired();
        project.Property(p => p.ProjectType).HasConversion<string>().HasMaxLength(20);
        project.Property(p => p.Attribute).HasConversion<string>().HasMaxLength(30);
        project.Property(p => p.Field).HasConversion<string>().HasMaxLength(30);
        project.Property(p => p.Nature).HasConversion<string>().HasMaxLength(20);
        project.Property(p => p.Stage).HasConversion<string>().HasMaxLength(20);
        foreach (var money in new[] { nameof(ProjectRecord.TotalInvestment), nameof(ProjectRecord.Equity), nameof(ProjectRecord.FeasibilityEstimate),
                     nameof(ProjectRecord.DesignBudget), nameof(ProjectRecord.CompletedInvestment), nameof(ProjectRecord.AnnualPlan),
                     nameof(ProjectRecord.ProjectRevenue), nameof(ProjectRecord.DebtService), nameof(ProjectRecord.LandArea) })
        {
            project.Property(money).HasPrecision(18, 4);
        }
        project.Property(p => p.CoverageRatio).HasPrecision(10, 4);
        project.Property(p => p.Tags).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        project.Property(p => p.FundingSources).HasConversion(JsonColumn.Converter<List<FundingSourceLine>>(), JsonColumn.Comparer<List<FundingSourceLine>>());
        project.Property(p => p.Requests).HasConversion(JsonColumn.Converter<List<ChannelRequest>>(), JsonColumn.Comparer<List<ChannelRequest>>());
        project.Property(p => p.PreWork).HasConversion(JsonColumn.Converter<List<PreWorkItem>>(), JsonColumn.Comparer<List<PreWorkItem>>());
        project.Property(p => p.NegativeList).HasConversion(JsonColumn.Converter<List<NegativeListItem>>()!, JsonColumn.Comparer<List<NegativeListItem>>()!);
        project.Property(p => p.Facts).HasConversion(JsonColumn.Converter<Dictionary<string, FactValue>>(), JsonColumn.Comparer<Dictionary<string, FactValue>>());
        project.Property<int>(VersionProperty).IsConcurrencyToken();
        project.Property<DateTime>(CreatedAtProperty);
        project.Property<DateTime>(UpdatedAtProperty);
        project.Property<string>(UpdatedByProperty).HasMaxLength(100);
        project.Property<DateTime?>(WithdrawnAtProperty);
        project.Property<string?>(WithdrawnByProperty).HasMaxLength(100);
        project.Property<string?>(WithdrawnReasonProperty).HasMaxLength(ProjectWithdrawal.MaxReasonLength);
        project.HasIndex(p => p.Department);
        project.HasIndex(p => p.Field);
        project.HasIndex(p => p.Stage);
        project.HasIndex(p => p.Code);
        // The list's sorts and filters, and the totals' change stamp (MAX by a seek).
        project.HasIndex(UpdatedAtProperty);
        project.HasIndex(p => p.PlannedStart);

        var audit = modelBuilder.Entity<AuditRow>();
        audit.ToTable("reserve_audit");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.ProjectId).HasMaxLength(32);
        audit.Property(a => a.Action).HasMaxLength(20);
        audit.Property(a => a.User).HasMaxLength(100);
        audit.Property(a => a.Note).HasMaxLength(ProjectWithdrawal.MaxReasonLength);
        audit.HasIndex(a => a.ProjectId);

        var sequence = modelBuilder.Entity<SequenceRow>();
        sequence.ToTable("reserve_sequences");
        sequence.HasKey(s => s.Year);
        sequence.Property(s => s.Year).ValueGeneratedNever();
        sequence.Property(s => s.Next).IsConcurrencyToken();

        var draft = modelBuilder.Entity<ImportDraftRow>();
        draft.ToTable("reserve_import_drafts");
        draft.HasKey(d => d.Token);
        draft.Property(d => d.Token).HasMaxLength(32);
        draft.Property(d => d.User).HasMaxLength(100);
        draft.Property(d => d.FileName).HasMaxLength(260);
        draft.HasIndex(d => d.KeptAtUtc);
    }
}
