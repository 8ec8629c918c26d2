using Microsoft.Extensions.DependencyInjection;
using Reserve.Approvals.Storage;
using Reserve.Persistence;

namespace Reserve.Approvals;

/// <summary>Registers 审批服务 and brings its tables up to date. Needs <see cref="Reserve.Projects.IProjectReserve"/> and a <see cref="TimeProvider"/>.</summary>
public static class ApprovalsModule
{
    /// <summary>Who the audit names for the shipped holiday arrangements.</summary>
    public const string SystemUser = "系统";

    public static IServiceCollection AddApprovals(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(new ApprovalsDatabase(database));
        services.AddModuleDatabase<ApprovalsDbContext, PostgresApprovalsDbContext>(database, ApprovalsDbContext.HistoryTable);
        services.AddChangeStamps(database, new ChangeSource(ApprovalService.AuditStamp, """SELECT MAX("Id") FROM approvals_audit"""));
        services.AddSingleton<CalendarStore>();
        services.AddSingleton<IApprovalService, ApprovalService>();
        return services;
    }

    /// <summary>
    /// Applies the module's migrations on the configured provider (never EnsureCreated), then loads the shipped
    /// holiday arrangements of years not in the calendar yet and fills due dates missing from older rows.
    /// </summary>
    public static async Task MigrateApprovalsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.MigrateModuleAsync<ApprovalsDbContext>(services.GetRequiredService<ApprovalsDatabase>().Options, cancellationToken);
        await services.GetRequiredService<IApprovalService>().EnsureShippedCalendarAsync(SystemUser, cancellationToken);
    }
}
