using System.Text.RegularExpressions;
using Reserve.Web.Tests.Site;

namespace Reserve.Web.Tests.Http;

/// <summary>
/// Every Razor page of the site, read from the @page directives of the host's pages (host/Reserve.Host/Pages) and of
/// every module's web slice (modules/*.Web/Pages), so a page added later is checked without anyone remembering to list it here.
/// </summary>
internal static partial class PageRoutes
{
    /// <summary>The pages anyone may open: signing in and out, and the page that explains a refusal.</summary>
    public static readonly string[] Anonymous = ["/login", "/logout", "/status/{code:int}"];

    public static IReadOnlyList<string> Templates { get; } = Read();

    /// <summary>Every page that needs a signed-in user, with its parameters filled in (an id for {id}, a number for an int).</summary>
    public static IReadOnlyList<string> Protected(string projectId) =>
        Templates.Except(Anonymous).Select(t => Fill(t, projectId)).ToList();

    /// <summary>A value each parameter's constraint accepts, so the route matches (a project id where nothing is said).</summary>
    public static string Fill(string template, string projectId) =>
        Parameter().Replace(template, m => m.Groups["constraint"].Value.TrimStart(':') switch
        {
            var c when c.StartsWith("int", StringComparison.Ordinal) || c.StartsWith("long", StringComparison.Ordinal) => "1",
            var c when c.StartsWith("guid", StringComparison.Ordinal) => Guid.Empty.ToString(),
            _ => projectId,
        });

    private static List<string> Read()
    {
        var host = Path.Combine(ReserveSite.RepoRoot, "host", "Reserve.Host", "Pages");
        var slices = Directory.GetDirectories(Path.Combine(ReserveSite.RepoRoot, "modules"), "*.Web").Select(d => Path.Combine(d, "Pages")).Where(Directory.Exists);
        return [.. new[] { host }.Concat(slices).SelectMany(Read).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Read(string folder)
    {
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
        return templates;
    }

    [GeneratedRegex("""^\s*@page(\s+"(?<route>[^"]*)")?\s*$""")]
    private static partial Regex PageDirective();

    [GeneratedRegex(@"\{\*{0,2}(?<name>[^}:?=]+)(?<constraint>[^}]*)\}")]
    private static partial Regex Parameter();
}
