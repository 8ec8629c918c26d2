using Reserve.Host.Web.Operations;
using Reserve.Host.Web.Funding;
using Reserve.Host.Web.Security;

namespace Reserve.Host.Web;

/// <summary>The web application: pages, API, OpenAPI document, sign-in, and the order of the middleware.</summary>
internal static class WebSetup
{
    public static IServiceCollection AddReserveWeb(this IServiceCollection services)
    {
        services.AddReserveSecurity();
        // Chinese text goes out as text, not as &#x…; entities (HTML encoding still escapes markup).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.Conventions.AllowAnonymousToPage("/Login");
            options.Conventions.AllowAnonymousToPage("/Logout");
        });
        // The API reads projects in the interchange JSON it writes (Chinese enumeration words, ISO dates, typed facts).
        services.ConfigureHttpJsonOptions(o =>
        {
            foreach (var converter in Reserve.Projects.Interchange.ProjectJson.Options.Converters)
            {
                o.SerializerOptions.Converters.Add(converter);
            }
        });
        // Binding failures are thrown, so that ApiRequestErrors can answer them in Chinese (not an empty 400).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi();
        services.AddSingleton<ProjectAccess>();
        services.AddSingleton<ProjectEditing>();
        services.AddSingleton<ProjectFormSource>();
        services.AddSingleton<Imports.ImportPreviewer>();
        services.AddSingleton<Reserve.Jobs.IJobHandler, Jobs.DocumentsBatchJob>();
        services.AddSingleton<Reserve.Jobs.IJobHandler, Jobs.ImportJob>();
        services.AddSingleton<Reporting.ReserveAggregates>();
        services.AddSingleton<Reporting.SubmissionBoard>();
        services.AddSingleton<Submissions.SubmissionListing>();
        services.AddTransient<Planning.PlanRunner>();
        services.AddSingleton<Submissions.SubmissionWorkflow>();
        services.AddSingleton<Submissions.DecisionWorkflow>();
        services.AddSingleton<Funding.FundingWorkflow>();
        services.AddSingleton<Audit.AuditLog>();
        services.AddSingleton<Admin.PluginUploadCheck>();
        services.AddSingleton<Admin.AccountAdministration>();
        services.AddSingleton<Dispatch.DispatchAccess>();
        services.AddSingleton<Dispatch.DispatchDashboard>();
        services.AddSingleton<Promotion.PromotionBoard>();
        services.AddSingleton<Approvals.ApprovalBoard>();
        return services;
    }

    public static WebApplication UseReserveWeb(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseReserveOperations();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), branch => branch.UseMiddleware<ApiRequestErrors>());
        // Pages that answer 403/404 without a body get the status page; API answers always carry JSON.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapOpenApi();
        app.MapAuthApi();
        app.MapReserveApi();
        app.MapImportApi();
        app.MapJobApi();
        app.MapDocumentApi();
        app.MapReviewApi();
        app.MapPlanApi();
        app.MapFundingApi();
        app.MapAuditApi();
        app.MapAdminApi();
        app.MapDispatchApi();
        app.MapDispatchEntryApi();
        app.MapPromotionApi();
        app.MapApprovalApi();
        app.MapReserveOperations();
        return app;
    }
}
