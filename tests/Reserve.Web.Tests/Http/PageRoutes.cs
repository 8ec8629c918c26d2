using System.Text.RegularExpressions;
using Reserve.Web.Tests.Site;

namespace Reserve.Web.Tests.Http;

/// <summary>
/// Every Razor page of the host, read from its @page directives (host/Reserve.Host/Pages), so a page added
/// later is checked without anyone remembering to list it here.
/// </summary>
internal static partial class PageRoutes
{
    /// <summary>The pages anyone may open: signing in and out, and the page that explains a refusal.</summary>
    public static readonly string[] Anonymous = ["/login", "/logout", "/status/{code:int}"];

    public static IReadOnlyList<string> Templates { get; } = Read();

    /// <summary>Every page that needs a signed-in user, with its parameters filled in (an id for {id}, a number for an int).</summary>
    public static IReadOnlyList<string> Protected(string projectId) =>
        Templates.Except(Anonymous).Select(t => Fill(t, projectId)).ToList();

    public static string Fill(string template, string projectId) =>
        Parameter().Replace(template, m => m.Groups["constraint"].Value.StartsWith(":int", StringComparison.Ordinal) ? "1" : projectId).Replace("//", "/");

    private static List<string> Read()
    {
        var folder = Path.Combine(ReserveSite.RepoRoot, "host", "Reserve.Host", "Pages");
        var templates = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.cshtml", SearchOption.AllDirectories))
        {
            var directive = File.ReadLines(file).Select(l => PageDirective().Match(l)).FirstOrDefault(m => m.Success);
            if (directive is null)
            {
                continue;
            }
            var route = directive.Groups["route"].Value;
            if (route.Length == 0)
            {
                // No template: the route is the file's path under Pages, Index being its folder.
                var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
                route = "/" + relative[..^".cshtml".Length];
                route = route.EndsWith("/Index", StringComparison.Ordinal) ? route[..^"Index".Length] : route;
            }
            else if (!route.StartsWith('/'))
            {
                var relativeFolder = Path.GetDirectoryName(Path.GetRelativePath(folder, file))!.Replace('\\', '/');
                route = "/" + (relativeFolder.Length > 0 ? relativeFolder + "/" : "") + route;
            }
            templates.Add(route.Length > 1 ? route.TrimEnd('/') : route);
        }
        return templates.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("""^\s*@page(\s+"(?<route>[^"]*)")?\s*$""")]
    private static partial Regex PageDirective();

    [GeneratedRegex(@"\{(?<name>[^}:?]+)(?<constraint>[^}]*)\}")]
    private static partial Regex Parameter();
}
