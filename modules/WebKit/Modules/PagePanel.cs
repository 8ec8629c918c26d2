using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Reserve.WebKit.Modules;

/// <summary>
/// A module's partial view shown in a slot of a page another part owns (the layout's header, a dashboard): the page
/// renders the panels registered for its slot, knowing none of the modules, so a switched-off module takes its panel
/// away instead of breaking the page. The partial is given the slot's name as its model. Like <see cref="ProjectPanel"/>.
/// </summary>
public sealed record PagePanel(string Slot, string PartialView)
{
    /// <summary>Beside the signed-in user's name in the layout's header.</summary>
    public const string Header = "header";

    public const string DispatchDashboard = "dashboard:dispatch";

    public const string PromotionDashboard = "dashboard:promotion";

    public const string ApprovalsDashboard = "dashboard:approvals";

    /// <summary>Beside the title of one record's page (a plan project, a deal, an approval record); the partial is given a <see cref="PanelRecord"/>.</summary>
    public const string RecordActions = "record:actions";

    /// <summary>The panels registered for <paramref name="slot"/>, in registration order (none while their modules are off).</summary>
    public static IEnumerable<PagePanel> For(HttpContext context, string slot) =>
        context.RequestServices.GetServices<PagePanel>().Where(p => p.Slot == slot);
}

/// <summary>The record a <see cref="PagePanel.RecordActions"/> panel is shown on: its kind as the module names it and its id.</summary>
public sealed record PanelRecord(string Kind, string Id);
