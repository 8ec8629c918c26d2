using Microsoft.Extensions.DependencyInjection;
using Reserve.Instructions.Mail;
using Reserve.Instructions.Notifications;
using Reserve.Instructions.Storage;
using Reserve.Persistence;

namespace Reserve.Instructions;

/// <summary>Registers 领导批示/督办 and the notification centre, and brings their tables up to date. Needs an <see cref="IRecipientDirectory"/> and a <see cref="TimeProvider"/>.</summary>
public static class InstructionsModule
{
    public static IServiceCollection AddInstructions(this IServiceCollection services, DatabaseOptions database, SmtpSettings smtp)
    {
        services.AddSingleton(new InstructionsDatabase(database));
        services.AddModuleDatabase<InstructionsDbContext, PostgresInstructionsDbContext>(database, InstructionsDbContext.HistoryTable);
        services.AddSingleton<INotificationCentre, NotificationCentre>();
        services.AddSingleton<IInstructionService, InstructionService>();
        services.AddSingleton(smtp);
        services.AddSingleton<NotificationMailer>();
        return services;
    }

    /// <summary>Applies the module's migrations on the configured provider (never EnsureCreated).</summary>
    public static Task MigrateInstructionsAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.MigrateModuleAsync<InstructionsDbContext>(services.GetRequiredService<InstructionsDatabase>().Options, cancellationToken);
}
