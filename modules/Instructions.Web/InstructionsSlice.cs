using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Reserve.Instructions.Mail;
using Reserve.Instructions.Notifications;
using Reserve.Instructions.Web.Reminders;
using Reserve.WebKit.Modules;

namespace Reserve.Instructions.Web;

/// <summary>
/// 领导批示与提醒: leaders' instructions on plan projects, deals and approval records with the departments' answers,
/// and each user's notification centre (the bell in the header). Optional; the modules whose records it points at
/// stay optional too: each registers its own <see cref="IInstructionSubjects"/> and <see cref="IReminderSource"/>.
/// </summary>
public sealed class InstructionsSlice : IReserveModule
{
    public string Name => "Instructions";

    public string Title => "领导批示与提醒";

    public bool Optional => true;

    public Assembly? Pages => typeof(InstructionsSlice).Assembly;

    public void AddServices(ModuleContext context)
    {
        var smtp = new SmtpSettings();
        context.Configuration.GetSection("Reserve:Notifications:Smtp").Bind(smtp);
        context.Services.AddInstructions(context.Database, smtp);
        context.Services.AddSingleton<IRecipientDirectory, AccountRecipients>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<SubjectCatalog>();
        services.AddSingleton<InstructionBoard>();
        services.AddSingleton<IReminderSource, ReviewReminders>();
        services.AddSingleton<IReminderSource, OverdueInstructionReminders>();
        services.AddNotificationRounds(sp => new NotificationSchedule(TimeSpan.FromMinutes(
            sp.GetRequiredService<IConfiguration>().GetValue("Reserve:Notifications:IntervalMinutes", 15.0))));
        services.AddSingleton(new PagePanel(PagePanel.Header, "/Pages/Shared/_NotificationBell.cshtml"));
        services.AddSingleton(new PagePanel(PagePanel.RecordActions, "/Pages/Shared/_WriteInstruction.cshtml"));
        foreach (var slot in OverduePanel.Slots.Keys)
        {
            services.AddSingleton(new PagePanel(slot, "/Pages/Shared/_OverdueInstructions.cshtml"));
        }
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateInstructionsAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapInstructionApi();

    public IReadOnlyList<NavigationLink> Navigation => [new("/instructions", "批示督办", 95, NavigationLink.ReserveReaders)];

    /// <summary>The demo's instructions come from the demo module, which knows the other modules' demo records.</summary>
    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The reminder rounds: the timer every instance runs, and the round the job queue hands to one instance at a time.</summary>
internal static class NotificationRounds
{
    public static IServiceCollection AddNotificationRounds(this IServiceCollection services, Func<IServiceProvider, NotificationSchedule> schedule)
    {
        services.AddSingleton<ReminderRun>();
        services.AddSingleton(schedule);
        services.AddSingleton<RoundHistory>();
        services.AddSingleton<Reserve.Jobs.IJobHandler, NotificationRound>();
        services.AddSingleton<NotificationJob>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<NotificationJob>());
        return services;
    }
}

/// <summary>Which kind of subject each dashboard's overdue panel lists.</summary>
internal static class OverduePanel
{
    public static readonly IReadOnlyDictionary<string, SubjectKind> Slots = new Dictionary<string, SubjectKind>
    {
        [PagePanel.DispatchDashboard] = SubjectKind.PlanProject,
        [PagePanel.PromotionDashboard] = SubjectKind.Deal,
        [PagePanel.ApprovalsDashboard] = SubjectKind.Approval,
    };
}
