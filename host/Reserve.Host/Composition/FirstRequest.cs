using Microsoft.AspNetCore.Http.Features;
using Reserve.Host.Web;

namespace Reserve.Host.Composition;

/// <summary>
/// The sign-in page requested once, in process, while the start's demo checks run: otherwise the first real request
/// compiles the page's whole path (the middleware, the matcher's code, the page's model and view, the layout, the
/// anti-forgery token) while its user waits. It runs through a pipeline built apart from the server's
/// (<see cref="WebSetup.UseReserveMiddleware"/> over the application's endpoints), so the server's own pipeline is built
/// once, as before, and still builds its own route table on its first request. Nothing is served, counted or stored: the
/// page is anonymous and reads only the key ring, the answer goes nowhere, and the hosting layer (its logs, metrics and
/// traces) is not involved.
/// </summary>
internal static class FirstRequest
{
    /// <summary>Answers <paramref name="path"/> (a GET, anonymous) over <paramref name="endpoints"/>; returns the status and writes the page to <paramref name="body"/>, if given.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IEnumerable<EndpointDataSource> endpoints, string path, Stream? body = null)
    {
        var pipeline = new ApplicationBuilder(services);
        pipeline.UseReserveMiddleware();
        pipeline.UseEndpoints(routes =>
        {
            foreach (var source in endpoints)
            {
                routes.DataSources.Add(source);
            }
        });
        var handler = pipeline.Build();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature { Method = HttpMethods.Get, Scheme = "http", Protocol = "HTTP/1.1", Path = path, Headers = { Host = "localhost" } });
        features.Set<IHttpResponseFeature>(new HttpResponseFeature());
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body ?? Stream.Null));
        var contexts = services.GetRequiredService<IHttpContextFactory>();
        var context = contexts.Create(features);
        try
        {
            await handler(context);
            await context.Response.CompleteAsync();
            return context.Response.StatusCode;
        }
        finally
        {
            contexts.Dispose(context);
        }
    }
}
