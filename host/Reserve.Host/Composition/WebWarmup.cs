using Microsoft.AspNetCore.Mvc.Infrastructure;
using Reserve.Host.Web;

namespace Reserve.Host.Composition;

/// <summary>
/// The web side's share of a start, which needs no database — the pipeline and routes (finding the Razor pages among
/// them), then every endpoint built once — done on a second thread while the start tasks (migration checks, demo checks)
/// hold the first: before, it ran before the server started, in series with them (about 0.5 CPU s of a start on the
/// reserve of 100,000 projects). Nothing else touches the application until this task is awaited.
/// </summary>
internal static class WebWarmup
{
    public static Task StartAsync(WebApplication app) => Task.Run(() =>
    {
        app.UseReserveWeb();
        // Every route is mapped now: the pages' endpoints are built and kept (a convention added later would be missed);
        // the API endpoints are built anew when the server starts, but their code is compiled here.
        _ = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors;
        foreach (var source in ((IEndpointRouteBuilder)app).DataSources)
        {
            _ = source.Endpoints;
        }
    });
}
