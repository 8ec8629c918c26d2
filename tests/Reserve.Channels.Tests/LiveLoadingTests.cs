using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.Extensions.Logging.Abstractions;
using Reserve.Channels.Loading;
using Xunit;

namespace Reserve.Channels.Tests;

/// <summary>
/// The plugins folder looked at while the host runs: a folder is loaded once it stops changing, beside the running
/// version and without serving; a version gone from disk is released unless it must be kept; a released version's
/// collectible load context is freed.
/// </summary>
public sealed class LiveLoadingTests
{
    private static readonly Func<LoadedPlugin, bool> KeepNothing = _ => false;

    private static string DropVersion(FixturePlugins plugins, string version)
    {
        var folder = Path.Combine(plugins.Directory, "GoodChannel@" + version);
        foreach (var file in Directory.GetFiles(Path.Combine(plugins.Directory, "GoodChannel"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Path.Combine(plugins.Directory, "GoodChannel"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var manifest = Path.Combine(folder, "plugin.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"version\": \"1.2.3\"", $"\"version\": \"{version}\"", StringComparison.Ordinal));
        return folder;
    }

    private static PluginFolderScanner Scanner() => new(new PluginCatalogLoader(NullLogger.Instance));

    [Fact]
    public void A_dropped_in_folder_is_loaded_once_it_stops_changing_beside_the_running_version_which_keeps_serving()
    {
        using var plugins = new FixturePlugins("GoodChannel");
        var catalog = ChannelsModule.LoadCatalog(plugins.Directory);
        var scanner = Scanner();
        Assert.False(scanner.Scan(catalog, KeepNothing).Changed);

        var folder = DropVersion(plugins, "1.3.0");
        var first = scanner.Scan(catalog, KeepNothing);
        Assert.Equal((0, 1), (first.Loaded.Count, first.Waiting));

        // Still being copied: a file grows between two looks, so the folder waits again.
        File.AppendAllText(Path.Combine(folder, "parameters.json"), " ");
        var during = scanner.Scan(catalog, KeepNothing);
        Assert.Equal((0, 1), (during.Loaded.Count, during.Waiting));

        var second = scanner.Scan(catalog, KeepNothing);
        var loaded = Assert.Single(second.Loaded);
        Assert.Equal(("1.3.0", PluginStatus.Active, 0), (loaded.Version, loaded.Status, second.Waiting));
        Assert.Equal(["1.2.3", "1.3.0"], catalog.Plugins.Select(p => p.Version));
        Assert.Equal("1.2.3", Assert.Single(catalog.Channels).PluginVersion);
        Assert.True(loaded.Loader!.LoadDefaultAssembly().IsCollectible, "a live-loaded plugin runs in a collectible context");
        Assert.False(scanner.Scan(catalog, KeepNothing).Changed);
    }

    [Fact]
    public void A_folder_known_complete_is_loaded_at_the_first_look_and_a_dot_folder_never()
    {
        using var plugins = new FixturePlugins("GoodChannel");
        var catalog = ChannelsModule.LoadCatalog(plugins.Directory);
        var scanner = Scanner();
        var folder = DropVersion(plugins, "1.3.0");
        Directory.Move(folder, Path.Combine(plugins.Directory, ".install-1"));

        Assert.Equal(0, scanner.Scan(catalog, KeepNothing).Waiting);
        Directory.Move(Path.Combine(plugins.Directory, ".install-1"), folder);

        Assert.Equal("1.3.0", Assert.Single(scanner.Scan(catalog, KeepNothing, [folder]).Loaded).Version);
    }

    [Fact]
    public void A_version_whose_folder_is_removed_is_released_and_its_context_freed_unless_it_must_be_kept()
    {
        using var plugins = new FixturePlugins("GoodChannel");
        var catalog = ChannelsModule.LoadCatalog(plugins.Directory);
        var scanner = Scanner();
        var folder = DropVersion(plugins, "1.3.0");
        scanner.Scan(catalog, KeepNothing);
        var context = LoadAndForget(scanner, catalog);

        // The serving version's folder goes too, but it serves: it stays, in memory.
        Directory.Delete(Path.Combine(plugins.Directory, "GoodChannel"), recursive: true);
        Directory.Delete(folder, recursive: true);

        Assert.Equal(("1.3.0", true), RemoveAndScan(scanner, catalog));
        Assert.Equal("1.2.3", Assert.Single(catalog.Plugins).Version);
        Assert.Equal("1.2.3", Assert.Single(catalog.Channels).PluginVersion);
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(context.IsAlive, "the released version's load context is freed once nothing refers to it");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (string Version, bool Released) RemoveAndScan(PluginFolderScanner scanner, ChannelCatalog catalog)
    {
        var serving = catalog.Plugins.Single(p => p.Version == "1.2.3");
        var released = Assert.Single(scanner.Scan(catalog, p => p == serving).Released);
        return (released.Version, released.Released);
    }

    // Kept out of line so that no local of the caller holds the loaded version.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadAndForget(PluginFolderScanner scanner, ChannelCatalog catalog)
    {
        var loaded = Assert.Single(scanner.Scan(catalog, KeepNothing).Loaded);
        return new WeakReference(AssemblyLoadContext.GetLoadContext(loaded.Loader!.LoadDefaultAssembly()));
    }
}
