using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reserve.WebKit.Modules;
using Xunit;

namespace Reserve.Architecture.Tests;

/// <summary>
/// The host composes; the modules own their slices. The host stays small, keeps no module's pages, and every
/// module the host composes is found in its own assembly, not in the host. Each rule is also run against a
/// deliberate violation, so that it can fail.
/// </summary>
public sealed class HostCompositionTests
{
    private const int HostLineLimit = 2_500;

    private static readonly Assembly Host = Assembly.Load("Reserve.Host");

    /// <summary>The pages that are the site's own: sign-in, sign-out and the status page.</summary>
    private static readonly string[] HostPages = ["LoginModel", "LogoutModel", "StatusModel"];

    [Fact]
    public void The_host_has_at_most_2500_lines_of_code_and_markup()
    {
        var lines = SourceLines(Path.Combine(Repo.Root, "host", "Reserve.Host"));
        Assert.True(lines <= HostLineLimit, $"host/Reserve.Host 有 {lines} 行 .cs/.cshtml，上限 {HostLineLimit}");
        // The rule counts: all of the modules' slices together would not fit.
        Assert.True(SourceLines(Path.Combine(Repo.Root, "modules")) > HostLineLimit);
    }

    [Fact]
    public void The_host_keeps_no_page_of_a_module()
    {
        Assert.Equal(HostPages.Order(StringComparer.Ordinal), PageModels(Host).Order(StringComparer.Ordinal));
        // A slice's page models are found the same way.
        Assert.Contains("DealModel", PageModels(typeof(Reserve.Promotion.Web.PromotionSlice).Assembly));
    }

    [Fact]
    public void Every_module_lives_outside_the_host()
    {
        var modules = Host.GetType("Reserve.Host.Composition.ModuleRegistry")!.GetMethod("Modules")!.Invoke(null, [null]) as IReadOnlyList<IReserveModule>;
        Assert.NotNull(modules);
        Assert.True(modules.Count >= 12, $"only {modules.Count} modules");
        Assert.All(modules, m => Assert.NotEqual(Host, m.GetType().Assembly));
        Assert.Equal(modules.Count, modules.Select(m => m.Name).Distinct().Count());
        // A type of the host would be caught.
        Assert.Contains(Host.GetTypes(), t => t.Namespace == "Reserve.Host.Composition");
    }

    private static IEnumerable<string> PageModels(Assembly assembly) =>
        assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).Select(t => t.Name);

    private static int SourceLines(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Sum(f => File.ReadLines(f).Count());
}
