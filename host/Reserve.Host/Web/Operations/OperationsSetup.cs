using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Reserve.Host.Web.Operations;

/// <summary>
/// What a load balancer and a monitoring system read: <c>/healthz</c> (the process answers), <c>/readyz</c> (database
/// reachable, migrations applied, plugins loaded) and <c>/metrics</c> (Prometheus text from OpenTelemetry: requests and
/// the modules' own meters), the last answered only to loopback and to the networks in <c>Reserve:Metrics:AllowedNetworks</c>.
/// </summary>
internal static class OperationsSetup
{
    private static readonly string[] Meters =
    [
        "Reserve.Matching", "Reserve.Jobs", "Reserve.Projects", Reserve.Channels.ChannelsMetrics.MeterName,
    ];

    public static IServiceCollection AddReserveOperations(this IServiceCollection services, IConfiguration configuration)
    {
        // JSON log lines (Logging:Console:FormatterName=json) carry Chinese as text, not as \uXXXX escapes.
        services.Configure<Microsoft.Extensions.Logging.Console.JsonConsoleFormatterOptions>(o =>
            o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>("database", tags: ["ready"])
            .AddCheck<PluginReadiness>("plugins", tags: ["ready"]);
        services.AddSingleton(MetricsAccess.From(configuration));
        services.AddSingleton(sp => new PluginsMeter(Reserve.Channels.ChannelsMetrics.Observe(sp.GetRequiredService<Reserve.Channels.ChannelCatalog>)));
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("reserve", serviceInstanceId: configuration["Reserve:InstanceName"]))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(Meters)
                .AddPrometheusExporter());
        return services;
    }

    /// <summary>
    /// Right after the host is built: the meter provider otherwise starts with the server, after migrations and demo
    /// data, and what they counted (projects imported and matched at first start) would be lost.
    /// </summary>
    public static void StartMetering(this WebApplication app)
    {
        app.Services.GetRequiredService<MeterProvider>();
        app.Services.GetRequiredService<PluginsMeter>();
    }

    /// <summary>Before authentication: these answer without a sign-in (a load balancer has none).</summary>
    public static IApplicationBuilder UseReserveOperations(this IApplicationBuilder app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/metrics"), branch => branch.UseMiddleware<MetricsGate>());
        return app;
    }

    public static WebApplication MapReserveOperations(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("live", "text/plain; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = ReadinessReport.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        return app;
    }

    /// <summary>Keeps the plugin gauges alive for the host's lifetime.</summary>
    internal sealed class PluginsMeter(IDisposable meter) : IDisposable
    {
        public void Dispose() => meter.Dispose();
    }
}
