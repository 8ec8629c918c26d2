using Reserve.WebKit.Reporting;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Reserve.Review.Web.Submissions;
using Reserve.WebKit.Modules;

namespace Reserve.Review.Web;

/// <summary>报送与审核: each department's submission by the deadline, 发改委's review and the government's decision.</summary>
public sealed class ReviewSlice : IReserveModule
{
    public string Name => "Review";

    public string Title => "报送与审核";

    public Assembly? Pages => typeof(ReviewSlice).Assembly;

    public void AddServices(ModuleContext context) => context.Services.AddReview(context.Database, CalendarFrom(context));

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<SubmissionBoard>();
        services.AddSingleton<SubmissionListing>();
        services.AddSingleton<SubmissionWorkflow>();
        services.AddSingleton<DecisionWorkflow>();
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateReviewAsync(cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapReviewApi();

    public IReadOnlyList<NavigationLink> Navigation => [new("/submissions", "报送情况", 40, NavigationLink.ReserveReaders)];

    private static ReviewCalendar CalendarFrom(ModuleContext context)
    {
        var section = context.Section("Review");
        var deadline = section["Deadline"];
        return ReviewCalendar.Parse(section.GetValue<int?>("ReserveYear"), deadline)
               ?? throw new InvalidOperationException($"配置 Reserve:Review:Deadline 的值“{deadline}”不是“月-日”格式（如 10-15）");
    }
}
