using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.WebKit.Security;

namespace Reserve.Dispatch.Web.Pages.Dispatch;

/// <summary>The dispatch dashboard as of a date: metrics with their definitions, charts, missing reports (see <see cref="DispatchDashboard"/>).</summary>
[Authorize(Policy = Policies.Dashboards)]
internal sealed class IndexModel(DispatchDashboard dashboard) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }

    public DispatchDashboardView View { get; private set; } = null!;
    public bool SeesCity => DispatchAccess.SeesCity(User);
    public string ChartJson { get; private set; } = "[]";

    /// <summary>The year's targets set on /dispatch/targets and the gap of the figures shown.</summary>
    public Reserve.Dispatch.TargetProgress Targets { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await dashboard.BuildAsync(User, AsOf, cancellationToken);
        Targets = Reserve.Dispatch.TargetProgress.Of(View.Target?.Item, View.Overall, View.AsOf);
        // Embedded as JSON and drawn by dispatch.js; the serializer escapes '<', so no text can close the script element.
        ChartJson = JsonSerializer.Serialize(View.Charts, Json);
    }
}
