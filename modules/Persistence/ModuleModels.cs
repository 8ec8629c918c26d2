using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Reserve.Persistence;

/// <summary>
/// The modules' EF Core models, built before their first use. Building a model (conventions over every entity, then
/// the runtime annotations) is CPU work that needs no database; a start pays it for each module whose tables it reads,
/// and the first page of each module for the others. The host builds them on its second thread while the start tasks
/// run on the first.
/// </summary>
public static class ModuleModels
{
    /// <summary>
    /// Builds (and so caches, in EF Core's model source) each module's model in registration order, or last registered
    /// first, until <paramref name="enough"/> is cancelled. A model another thread has built (or is building) is found
    /// in the cache (or waited for), never built twice.
    /// </summary>
    public static void Build(IServiceProvider services, bool lastRegisteredFirst, CancellationToken enough)
    {
        var models = services.GetServices<IModuleModel>();
        foreach (var model in lastRegisteredFirst ? models.Reverse() : models)
        {
            if (enough.IsCancellationRequested)
            {
                return;
            }
            model.Build();
        }
    }
}

/// <summary>One module's context type, as registered; see <see cref="ModuleModels"/>.</summary>
internal interface IModuleModel
{
    void Build();
}

/// <summary>Makes a context through the module's own factory (the provider's subclass on PostgreSQL) and reads its model; no connection is opened.</summary>
internal sealed class ModuleModel<TContext>(IDbContextFactory<TContext> contexts) : IModuleModel
    where TContext : DbContext
{
    public void Build()
    {
        using var db = contexts.CreateDbContext();
        _ = db.Model;
    }
}
