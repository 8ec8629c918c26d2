using Reserve.Matching.Golden;
using Xunit;

namespace Reserve.Channels.Tests;

/// <summary>The real loader over good and broken plugin folders: the host goes on and names each fault.</summary>
public sealed class PluginLoadingTests
{
    [Fact]
    public void Good_plugin_is_active_with_its_channels_parameters_and_facts()
    {
        using var plugins = new FixturePlugins("GoodChannel");
        var catalog = ChannelsModule.LoadCatalog(plugins.Directory);

        var plugin = Assert.Single(catalog.Plugins);
        Assert.Equal(PluginStatus.Active, plugin.Status);
        Assert.Null(plugin.Fault);
        Assert.Equal("fixture-good", plugin.Id);
        Assert.Equal("1.2.3", plugin.Version);
        var channel = Assert.Single(catalog.Channels);
        Assert.Equal("fixture-good", channel.Id);
        Assert.Equal(3, channel.Definition.Rules.Count);
        Assert.Contains(catalog.ChannelFacts, f => f.Key == "fixtureSize" && f.Label == "测试规模");
        Assert.Single(plugin.Manifest!.Windows);
    }

    [Fact]
    public void Broken_plugins_are_listed_with_their_fault_and_the_good_one_still_serves()
    {
        using var plugins = new FixturePlugins("GoodChannel", "ThrowsOnLoad", "BadManifest", "IncompatibleSdk", "MissingAssembly", "PathTraversal", "InvalidFields");
        var catalog = ChannelsModule.LoadCatalog(plugins.Directory);

        Assert.Equal(7, catalog.Plugins.Count);
        Assert.Equal("fixture-good", Assert.Single(catalog.Channels).Id);

        var byFolder = catalog.Plugins.ToDictionary(p => Path.GetFileName(p.Folder));
        AssertFault(byFolder["ThrowsOnLoad"], PluginStatus.Faulted, "故意抛出的加载异常");
        AssertFault(byFolder["BadManifest"], PluginStatus.Faulted, "不是有效的 JSON");
        AssertFault(byFolder["IncompatibleSdk"], PluginStatus.Incompatible, $"插件要求 SDK >=3.0.0 <4.0.0，本系统 SDK 为 {Reserve.Sdk.SdkInfo.Version.ToString(3)}");
        AssertFault(byFolder["MissingAssembly"], PluginStatus.Faulted, "找不到插件程序集 Missing.dll");
        AssertFault(byFolder["PathTraversal"], PluginStatus.Faulted, "entryAssembly“../GoodChannel/Reserve.Fixtures.GoodChannel.dll”指向插件目录之外");
    }

    [Fact]
    public void A_manifest_with_many_faults_reports_all_of_them()
    {
        using var plugins = new FixturePlugins("InvalidFields");
        var plugin = Assert.Single(ChannelsModule.LoadCatalog(plugins.Directory).Plugins);

        Assert.Equal(PluginStatus.Faulted, plugin.Status);
        foreach (var expected in new[] { "id“Bad Id”", "缺少必填项 name", "version“1.0”", "sdk“abc”", "level“区”", "fundingForms 中的“赠送”" })
        {
            Assert.Contains(expected, plugin.Fault);
        }
    }

    [Fact]
    public void Two_plugins_with_the_same_id_keep_the_first()
    {
        using var plugins = new FixturePlugins("GoodChannel");
        var copy = Path.Combine(plugins.Directory, "ZCopyOfGood");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Path.Combine(plugins.Directory, "GoodChannel")))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var catalog = ChannelsModule.LoadCatalog(plugins.Directory);

        Assert.Single(catalog.Channels);
        AssertFault(catalog.Plugins.Single(p => p.Folder.EndsWith("ZCopyOfGood", StringComparison.Ordinal)), PluginStatus.Faulted, "与目录 GoodChannel 中的插件重复");
    }

    [Fact]
    public void A_missing_plugins_directory_gives_an_empty_catalog()
    {
        var catalog = ChannelsModule.LoadCatalog(Path.Combine(Path.GetTempPath(), "no-such-plugins-" + Guid.NewGuid()));
        Assert.Empty(catalog.Plugins);
        Assert.Empty(catalog.Channels);
    }

    [Fact]
    public void A_plugin_folder_without_the_sdk_in_it_shares_the_hosts_sdk()
    {
        using var plugins = new FixturePlugins("GoodChannel");
        Assert.False(File.Exists(Path.Combine(plugins.Directory, "GoodChannel", "Reserve.Sdk.dll")));
        var channel = Assert.Single(ChannelsModule.LoadCatalog(plugins.Directory).Channels);
        // Same type identity as the host's SDK: the definition is usable without casts across contexts.
        Assert.Same(typeof(Reserve.Sdk.Channels.ChannelDefinition).Assembly, channel.Definition.GetType().Assembly);
    }

    [Fact]
    public void Golden_cases_of_the_fixture_plugin_pass_through_the_real_engine()
    {
        using var plugins = new FixturePlugins("GoodChannel");
        var report = GoldenCaseRunner.Run(Assert.Single(ChannelsModule.LoadCatalog(plugins.Directory).Plugins));

        Assert.Empty(report.Problems);
        Assert.Equal(4, report.Cases.Count);
        Assert.All(report.Cases, c => Assert.True(c.Passed, string.Join("；", c.Differences)));
    }

    [Fact]
    public void A_golden_case_that_disagrees_is_reported_with_the_difference()
    {
        using var plugins = new FixturePlugins("GoodChannel");
        var casesFile = Path.Combine(plugins.Directory, "GoodChannel", "cases", "fixture-good.json");
        File.WriteAllText(casesFile, File.ReadAllText(casesFile).Replace("\"amount\": 240", "\"amount\": 999"));

        var report = GoldenCaseRunner.Run(Assert.Single(ChannelsModule.LoadCatalog(plugins.Directory).Plugins));

        var failed = Assert.Single(report.Cases, c => !c.Passed);
        Assert.Contains("测算金额应为 999 万元，实际为 240", Assert.Single(failed.Differences));
        Assert.False(report.Succeeded);
    }

    private static void AssertFault(LoadedPlugin plugin, PluginStatus status, string expected)
    {
        Assert.Equal(status, plugin.Status);
        Assert.NotNull(plugin.Fault);
        Assert.Contains(expected, plugin.Fault);
        Assert.Empty(plugin.Channels);
    }
}
