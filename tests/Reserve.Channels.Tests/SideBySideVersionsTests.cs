using Microsoft.EntityFrameworkCore;
using Reserve.Channels.Activation;
using Reserve.Channels.Storage;
using Reserve.Persistence;
using Xunit;

namespace Reserve.Channels.Tests;

/// <summary>Several versions of one plugin loaded side by side; which serves is the activation's choice, swapped whole.</summary>
public sealed class SideBySideVersionsTests
{
    private static FixturePlugins TwoVersions()
    {
        var plugins = new FixturePlugins("GoodChannel");
        var newer = Path.Combine(plugins.Directory, "GoodChannel@1.3.0");
        Directory.CreateDirectory(newer);
        foreach (var file in Directory.GetFiles(Path.Combine(plugins.Directory, "GoodChannel"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(newer, Path.GetRelativePath(Path.Combine(plugins.Directory, "GoodChannel"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var manifest = Path.Combine(newer, "plugin.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"version\": \"1.2.3\"", "\"version\": \"1.3.0\"", StringComparison.Ordinal));
        return plugins;
    }

    [Fact]
    public void Both_versions_load_and_the_plain_folder_serves_until_another_is_chosen()
    {
        using var plugins = TwoVersions();
        var catalog = ChannelsModule.LoadCatalog(plugins.Directory);

        Assert.Equal(["1.2.3", "1.3.0"], catalog.Plugins.Select(p => p.Version));
        Assert.All(catalog.Plugins, p => Assert.Equal(PluginStatus.Active, p.Status));
        Assert.Equal("1.2.3", Assert.Single(catalog.Channels).PluginVersion);
    }

    [Fact]
    public void The_stored_choice_serves_a_switched_off_plugin_serves_nothing_and_a_reader_keeps_its_snapshot()
    {
        using var plugins = TwoVersions();
        var catalog = ChannelsModule.LoadCatalog(plugins.Directory);
        var before = catalog.Active;

        var chosen = ServingSelection.Choose(catalog.Plugins, Rows(new PluginActivationRow { PluginId = "fixture-good", ActiveVersion = "1.3.0", Enabled = true }));
        catalog.Serve(chosen.Serving);

        Assert.Equal("1.3.0", Assert.Single(catalog.Channels).PluginVersion);
        Assert.Equal("1.2.3", Assert.Single(before.Channels).PluginVersion);

        var off = ServingSelection.Choose(catalog.Plugins, Rows(new PluginActivationRow { PluginId = "fixture-good", ActiveVersion = "1.3.0", Enabled = false }));
        catalog.Serve(off.Serving);
        Assert.Empty(catalog.Channels);
        Assert.Null(catalog.Find("fixture-good"));
        Assert.Equal("1.3.0", Assert.Single(off.Selected).Version);

        // A stored version this instance has not loaded: the default serves rather than nothing.
        var unknown = ServingSelection.Choose(catalog.Plugins, Rows(new PluginActivationRow { PluginId = "fixture-good", ActiveVersion = "9.9.9", Enabled = true }));
        Assert.Equal("1.2.3", Assert.Single(unknown.Serving).Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Each_provider_context_matches_its_migrations(DatabaseProvider provider)
    {
        using DbContext db = provider == DatabaseProvider.Postgres
            ? new PostgresChannelsDesignTimeFactory().CreateDbContext([])
            : new ChannelsDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: 模型有变化但没有迁移（docs/storage.md）");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    private static Dictionary<string, PluginActivationRow> Rows(PluginActivationRow row) => new(StringComparer.Ordinal) { [row.PluginId] = row };
}
