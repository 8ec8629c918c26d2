using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.Channels;
using Reserve.Channels.Activation;
using Reserve.WebKit;
using Reserve.WebKit.Security;

namespace Reserve.Channels.Web.Pages.Admin;

/// <summary>插件: every loaded plugin version, its state, its golden cases, and the administrator's activation actions.</summary>
[Authorize(Policy = Policies.Administer)]
internal sealed class PluginsModel(ChannelCatalog catalog, GoldenResults golden, IPluginActivation activation, FlipGate flips, TimeProvider clock) : PageModel
{
    public const int ChangesShown = 20;

    public IReadOnlyList<PluginOverview> Plugins { get; private set; } = [];
    public IReadOnlyDictionary<LoadedPlugin, PluginVersionStatus> States { get; private set; } = new Dictionary<LoadedPlugin, PluginVersionStatus>();
    public IReadOnlyList<ActivationChange> Changes { get; private set; } = [];
    public int ChangeCount { get; private set; }
    public string Directory => catalog.Directory;
    public int Channels => catalog.Channels.Count;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plugins = PluginOverview.Of(catalog, golden);
        States = (await activation.VersionsAsync(cancellationToken)).ToDictionary(s => s.Plugin);
        (ChangeCount, Changes) = await activation.ChangesAsync(0, ChangesShown, cancellationToken);
    }

    public async Task<IActionResult> OnPostActivateAsync(string id, string version, int? revision, CancellationToken cancellationToken) =>
        Done(await activation.ActivateAsync(id, version, User.AuditName(), revision, cancellationToken));

    public async Task<IActionResult> OnPostRestoreAsync(string id, int? revision, CancellationToken cancellationToken) =>
        Done(await activation.RestoreAsync(id, User.AuditName(), revision, cancellationToken));

    public async Task<IActionResult> OnPostEnabledAsync(string id, bool enabled, int? revision, CancellationToken cancellationToken) =>
        Done(await activation.SetEnabledAsync(id, enabled, User.AuditName(), revision, cancellationToken));

    public string Time(DateTime utc) => LocalTimes.Text(utc, clock);

    /// <summary>The flip report computed when a waiting version arrived, against the version serving now; null while it is computed.</summary>
    public Reserve.Matching.Flips.FlipReport? FlipPreview(LoadedPlugin candidate) =>
        flips.Preview(candidate, catalog.Channels.FirstOrDefault(c => c.PluginId == candidate.Id)?.PluginVersion);

    public static string FlipReportPath(long reportId) => PluginEndpoints.FlipReportPath(reportId);

    public static string StateClass(VersionState state) => state switch
    {
        VersionState.Serving => "badge ok",
        VersionState.Waiting or VersionState.Disabled or VersionState.Incompatible => "badge warn",
        _ => "badge bad",
    };

    private RedirectToPageResult Done(ActivationOutcome outcome)
    {
        TempData[outcome.Done ? "Flash" : "FlashError"] = outcome.Message;
        return RedirectToPage();
    }
}
