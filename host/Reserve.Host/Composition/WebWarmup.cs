using Microsoft.AspNetCore.Mvc.Infrastructure;
using Reserve.Host.Web;
using Reserve.Persistence;

namespace Reserve.Host.Composition;

/// <summary>
/// The share of a start that needs little or no database, done on a second thread while the start tasks hold the first;
/// the server starts only after both. While the first thread loads the plugins: the modules' EF Core models in their
/// registration order, the order the start tasks read them in (the first model pays EF Core's own start). Then the
/// pipeline and routes (finding the Razor pages among them) and every endpoint built once and kept
/// (<see cref="BuiltEndpoints"/>); then, while the migration
/// checks run, the models left, from the last module back. Nothing else touches the application until this task is
/// awaited. Once the tables are current and the key ring has its key, a first request for the sign-in page
/// (<see cref="FirstRequest"/>) runs beside the demo checks; it is not awaited: the server starts when the start tasks
/// are done, whether or not it has finished, and a real first request then shares what it has compiled.
/// </summary>
internal static class WebWarmup
{
    public static Task StartAsync(WebApplication app, CancellationToken pluginsLoaded, CancellationToken keyRingReady) => Task.Run(() =>
    {
        ModuleModels.Build(app.Services, lastRegisteredFirst: false, pluginsLoaded);
        app.UseReserveWeb();
        // Every route is mapped now: the pages' endpoints are built and kept by their source (a convention added later
        // would be missed), the API endpoints by BuiltEndpoints, so the server's route table reuses both.
        _ = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors;
        BuiltEndpoints.Keep(app);
        foreach (var source in ((IEndpointRouteBuilder)app).DataSources)
        {
            _ = source.Endpoints;
        }
        ModuleModels.Build(app.Services, lastRegisteredFirst: true, keyRingReady);
        _ = Task.Run(() => FirstRequestWhenReadyAsync(app, keyRingReady));
    });

    private static async Task FirstRequestWhenReadyAsync(WebApplication app, CancellationToken keyRingReady)
    {
        try
        {
            // The page's anti-forgery token needs the key ring's key, which the first thread makes (once, under a lock) after the migrations.
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (keyRingReady.Register(() => ready.TrySetResult()))
            {
                await ready.Task;
            }
            if (await FirstRequest.RunAsync(app.Services, ((IEndpointRouteBuilder)app).DataSources, "/login") is var status and not StatusCodes.Status200OK)
            {
                app.Logger.LogWarning("启动预热请求 /login 返回 {Status}", status);
            }
        }
        catch (Exception e) when (!app.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Only a head start is lost: the real first request compiles what this one did not. (A start that fails, e.g. on
            // a taken port, stops the application under it: that is said once, by the start, without a stack trace.)
            app.Logger.LogWarning("启动预热请求失败：{Message}", e.Message);
        }
        catch (Exception)
        {
        }
    }
}
