using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Channels;
using Reserve.Host.Web.Admin;
using Reserve.Host.Web.Security;

namespace Reserve.Host.Pages.Admin;

/// <summary>插件: every plugin found at start, whether it serves, and whether its own golden cases pass.</summary>
[Authorize(Policy = Policies.Administer)]
internal sealed class PluginsModel(ChannelCatalog catalog, GoldenResults golden) : PageModel
{
    public IReadOnlyList<PluginOverview> Plugins { get; private set; } = [];
    public string Directory => catalog.Directory;
    public int Channels => catalog.Channels.Count;

    public void OnGet() => Plugins = PluginOverview.Of(catalog, golden);

    public static string StatusClass(PluginStatus status) => status switch
    {
        PluginStatus.Active => "badge ok",
        PluginStatus.Incompatible => "badge warn",
        _ => "badge bad",
    };
}
