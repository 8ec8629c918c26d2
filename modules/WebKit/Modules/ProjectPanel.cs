namespace Reserve.WebKit.Modules;

/// <summary>
/// A module's panel on a reserve project's page: its partial view, given the project's id. A module registers it in
/// <see cref="IReserveModule.AddWebServices"/>, and the project page shows the panels of the modules that are on,
/// knowing none of them, so a switched-off module takes its panel away instead of breaking the page.
/// </summary>
public sealed record ProjectPanel(string PartialView);
