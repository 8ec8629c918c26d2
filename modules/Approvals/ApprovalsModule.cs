using Microsoft.Extensions.DependencyInjection;
using Reserve.Approvals.Storage;
using Reserve.Persistence;

namespace Reserve.Approvals;

/// <summary>Registers 审批服务 and brings its tables up to date. Needs <see cref="Reserve.Projects.IProjectReserve"/> and a <see cref="TimeProvider"/>.</summary>
public static class ApprovalsModule
{
    public static IServiceCollection AddApprovals(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(new ApprovalsDatabase(database));
        services.AddModuleDatabase<ApprovalsDbContext, PostgresApprovalsDbContext>(database, ApprovalsDbContext.HistoryTable);
        services.AddSingleton<IApprovalService, ApprovalService>();
        return services;
    }

    /// <summary>Applies the module's migrations on the configured provider (never EnsureCreated).</summary>
    public static Task MigrateApprovalsAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.MigrateModuleAsync<ApprovalsDbContext>(services.GetRequiredService<ApprovalsDatabase>().Options, cancellationToken);
}
