using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Approvals.Storage;

namespace Reserve.Approvals;

/// <summary>Registers 审批服务 and brings its tables up to date. Needs <see cref="Reserve.Projects.IProjectReserve"/> and a <see cref="TimeProvider"/>.</summary>
public static class ApprovalsModule
{
    public static IServiceCollection AddApprovals(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<ApprovalsDbContext>(options => options.UseSqlite(
            connectionString, sqlite => sqlite.MigrationsHistoryTable(ApprovalsDbContext.HistoryTable)));
        services.AddSingleton<IApprovalService, ApprovalService>();
        return services;
    }

    /// <summary>Applies the module's migrations (never EnsureCreated).</summary>
    public static async Task MigrateApprovalsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<ApprovalsDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite() && new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is { Length: > 0 } file && file != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
