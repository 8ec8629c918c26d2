using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reserve.Persistence;

namespace Reserve.WebKit.Modules;

/// <summary>What a module is given to register itself: the services, the configuration, and the database every module shares.</summary>
/// <param name="TemplatesFolder">The host's document templates folder (templates/ beside the executable).</param>
/// <param name="PluginsPath">The folder the channel plugins are loaded from.</param>
public sealed record ModuleContext(IServiceCollection Services, IConfiguration Configuration, DatabaseOptions Database, string TemplatesFolder, string PluginsPath, string InstanceName)
{
    /// <summary>The module's own configuration section, <c>Reserve:&lt;name&gt;</c> (e.g. Reserve:Dispatch).</summary>
    public IConfigurationSection Section(string name) => Configuration.GetSection("Reserve:" + name);
}
