using Microsoft.EntityFrameworkCore;

namespace Reserve.Accounts.Storage;

/// <summary>The accounts' own tables (prefix <c>accounts_</c>, own migrations history).</summary>
internal class AccountsDbContext : DbContext
{
    public AccountsDbContext(DbContextOptions<AccountsDbContext> options)
        : base(options)
    {
    }

    // For the PostgreSQL subclass, which has its own migrations.
    protected AccountsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string HistoryTable = "__accounts_migrations";

    public DbSet<UserRow> Users => Set<UserRow>();
    public DbSet<DepartmentRow> Departments => Set<DepartmentRow>();
    public DbSet<AccountAuditRow> Audit => Set<AccountAuditRow>();
    public DbSet<KeyRingRow> KeyRing => Set<KeyRingRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var user = modelBuilder.Entity<UserRow>();
        user.ToTable("accounts_users");
        user.HasKey(u => u.Login);
        user.Property(u => u.Login).HasMaxLength(50);
        user.Property(u => u.DisplayName).HasMaxLength(50).IsRequired();
        user.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
        user.Property(u => u.Department).HasMaxLength(50);
        user.Property(u => u.PasswordHash).HasMaxLength(200).IsRequired();
        user.Property(u => u.Version).IsConcurrencyToken();
        user.HasIndex(u => u.Department);

        var department = modelBuilder.Entity<DepartmentRow>();
        department.ToTable("accounts_departments");
        department.HasKey(d => d.Name);
        department.Property(d => d.Name).HasMaxLength(50);
        department.Property(d => d.FullName).HasMaxLength(100).IsRequired();

        var audit = modelBuilder.Entity<AccountAuditRow>();
        audit.ToTable("accounts_audit");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Actor).HasMaxLength(50);
        audit.Property(a => a.Action).HasMaxLength(30);
        audit.Property(a => a.Target).HasMaxLength(100);
        audit.Property(a => a.Detail).HasMaxLength(500);
        audit.HasIndex(a => a.AtUtc);

        var key = modelBuilder.Entity<KeyRingRow>();
        key.ToTable("accounts_key_ring");
        key.HasKey(k => k.Id);
        key.Property(k => k.FriendlyName).HasMaxLength(100);
        key.Property(k => k.Xml).IsRequired();
    }
}
