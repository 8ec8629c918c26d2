using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using System.Reflection;
using Reserve.WebKit.Commands;

namespace Reserve.WebKit.Modules;

/// <summary>
/// One part of the domain as the host composes it: its services and job handlers, its tables, its pages and
/// endpoints, its place in the navigation and its demo data. The host lists the modules and calls these in order;
/// it knows nothing else of them. A module that may be switched off (<see cref="Optional"/>) is left out whole when
/// <c>Reserve:Modules:&lt;Name&gt;:Enabled</c> is false: no services, tables, pages, endpoints, links or demo data.
/// </summary>
public interface IReserveModule
{
    /// <summary>The configuration key (<c>Reserve:Modules:&lt;Name&gt;</c>), in English.</summary>
    string Name { get; }

    /// <summary>What users call it, in Chinese (shown on the status and plugin pages and in start-up messages).</summary>
    string Title { get; }

    /// <summary>Whether a city may run without it; the reserve, matching and accounts may not be switched off.</summary>
    bool Optional => false;

    /// <summary>Modules (by <see cref="Name"/>) that must be on for this one to work.</summary>
    IReadOnlyList<string> Requires => [];

    /// <summary>The assembly holding the module's pages, so that they are served only while the module is on.</summary>
    Assembly? Pages => null;

    /// <summary>Domain services, stores and job handlers; used by the web host and the command line alike.</summary>
    void AddServices(ModuleContext context);

    /// <summary>What only the web host needs: the services behind the pages and endpoints.</summary>
    void AddWebServices(IServiceCollection services)
    {
    }

    /// <summary>Brings the module's tables up to date (its own migrations, never EnsureCreated).</summary>
    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The module's HTTP API.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>The module's commands of the host executable (e.g. <c>docs</c>), dispatched by the host's command line.</summary>
    IReadOnlyList<ModuleCommand> Commands => [];

    /// <summary>The module's links in the top navigation, each with the roles that see it.</summary>
    IReadOnlyList<NavigationLink> Navigation => [];

    /// <summary>
    /// Fills the module's empty store with demo data when the site runs on demo data (the embedded default). Runs
    /// after every enabled module's migrations, in the host's module order, once per database (under a lock).
    /// </summary>
    Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
