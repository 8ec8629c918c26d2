using Reserve.Host.Composition;
using Reserve.Host.Web.Operations;
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
            // A switched-off module's pages are not served at all (404), not merely hidden from the navigation. A
            // slice gives two parts, its types and its compiled views; a view left behind would still route, and fail.
            var off = modules.Disabled.Select(m => m.Pages).OfType<System.Reflection.Assembly>().ToHashSet();
            foreach (var part in parts.ApplicationParts.Where(p => p switch
            {
                Microsoft.AspNetCore.Mvc.ApplicationParts.AssemblyPart types => off.Contains(types.Assembly),
                Microsoft.AspNetCore.Mvc.ApplicationParts.CompiledRazorAssemblyPart views => off.Contains(views.Assembly),
                _ => false,
            }).ToList())
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
        app.UseReserveMiddleware();
        app.MapRazorPages();
        app.MapOpenApi();
        // Signing in is the host's, whatever modules are on; the accounts themselves are the Accounts module's.
        app.MapAuthApi();
        foreach (var module in app.Services.GetRequiredService<ModuleRegistry>().Enabled)
        {
            module.MapEndpoints(app);
        }
        app.MapReserveOperations();
        return app;
    }

    /// <summary>
    /// The middleware in order, up to and including the routing; the endpoints are the application's. Also what
    /// <see cref="Composition.FirstRequest"/> builds a second time, apart from the server's pipeline.
    /// </summary>
    public static IApplicationBuilder UseReserveMiddleware(this IApplicationBuilder app)
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
        return app;
    }
}
