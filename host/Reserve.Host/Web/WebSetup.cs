using Reserve.Host.Composition;
using Reserve.Host.Web.Operations;
using Reserve.Host.Web.Funding;
using Reserve.WebKit.Security;

namespace Reserve.Host.Web;

/// <summary>The web application: pages, API, OpenAPI document, sign-in, and the order of the middleware.</summary>
internal static class WebSetup
{
    public static IServiceCollection AddReserveWeb(this IServiceCollection services, ModuleRegistry modules)
    {
        services.AddReserveSecurity();
        // Chinese text goes out as text, not as &#x…; entities (HTML encoding still escapes markup).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.Conventions.AllowAnonymousToPage("/Login");
            options.Conventions.AllowAnonymousToPage("/Logout");
        }).ConfigureApplicationPartManager(parts =>
        {
            // A switched-off module's pages are not served at all (404), not merely hidden from the navigation. A Razor
            // class library comes as two parts of one name (its types, and its compiled views): both go.
            var off = modules.Disabled.Select(m => m.Pages?.GetName().Name).OfType<string>().ToHashSet();
            foreach (var part in parts.ApplicationParts.Where(p => off.Contains(p.Name)).ToList())
            {
                parts.ApplicationParts.Remove(part);
            }
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
        foreach (var module in modules.Enabled)
        {
            module.AddWebServices(services);
        }
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
        foreach (var module in app.Services.GetRequiredService<ModuleRegistry>().Enabled)
        {
            module.MapEndpoints(app);
        }
        app.MapReserveOperations();
        return app;
    }
}
