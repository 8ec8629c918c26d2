using System.Reflection;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Logging;
using Reserve.Channels.Manifest;
using Reserve.Sdk;
using Reserve.Sdk.Channels;
using Reserve.Sdk.Parameters;
using Reserve.Sdk.Rules;

namespace Reserve.Channels.Loading;

/// <summary>
/// Finds every <c>plugins/&lt;Name&gt;/plugin.json</c>, checks it, and loads the plugin's code in its own load
/// context with the SDK shared. Each phase is guarded: a broken plugin is recorded with its fault and
/// the others go on, so one bad folder never takes the host down. The contexts are collectible and read the
/// assemblies into memory: a version replaced while the host runs can be unloaded, and its folder removed.
/// (McMaster's <c>EnableHotReload</c> is not used: it reloads a plugin in place when its files change, which
/// would put unvalidated code into service; a new version is loaded beside the old one instead.)
/// </summary>
internal sealed class PluginCatalogLoader(ILogger logger)
{
    private static readonly Type[] SharedTypes = [typeof(IChannelPlugin), typeof(Reserve.Sdk.Formatting.ZhFormat)];

    public ChannelCatalog Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            logger.LogWarning("插件目录 {Directory} 不存在，没有可用的资金渠道", directory);
            return new ChannelCatalog(directory, []);
        }
        return LoadFolders(directory, PluginFolders(directory));
    }

    /// <summary>
    /// The plugin folders of a directory in name order. A folder whose name starts with a dot is being copied or
    /// installed (<c>.install-…</c>) and is not a plugin yet.
    /// </summary>
    public static IReadOnlyList<string> PluginFolders(string directory) =>
        System.IO.Directory.Exists(directory)
            ? System.IO.Directory.GetDirectories(directory).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Loads the given plugin folders only (e.g. one folder under test).</summary>
    public ChannelCatalog LoadFolders(string directory, IEnumerable<string> folders) => new(directory, LoadBeside(folders, []));

    /// <summary>
    /// Loads folders beside versions already loaded: the same plugin id and version twice, or a channel id another
    /// plugin defines, is a fault of the newcomer.
    /// </summary>
    public IReadOnlyList<LoadedPlugin> LoadBeside(IEnumerable<string> folders, IReadOnlyList<LoadedPlugin> loaded)
    {
        var plugins = new List<LoadedPlugin>();
        var seenPluginIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var seenChannelIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var existing in loaded.Where(p => p.Status == PluginStatus.Active))
        {
            seenPluginIds[$"{existing.Id}@{existing.Version}"] = Path.GetFileName(existing.Folder);
            foreach (var channel in existing.Channels)
            {
                seenChannelIds[channel.Id] = existing.Id;
            }
        }
        foreach (var folder in folders)
        {
            var stamp = FolderStamp.Of(folder);
            var plugin = LoadOne(folder, seenPluginIds, seenChannelIds);
            plugin.Stamp = stamp;
            if (plugin.Status == PluginStatus.Active)
            {
                logger.LogInformation("插件 {Id} {Version} 已启用：{Count} 个渠道", plugin.Id, plugin.Version, plugin.Channels.Count);
            }
            else
            {
                logger.LogWarning("插件 {Folder} {Status}：{Fault}", Path.GetFileName(folder), plugin.Status, plugin.Fault);
            }
            plugins.Add(plugin);
        }
        return plugins;
    }

    private static LoadedPlugin LoadOne(string folder, Dictionary<string, string> seenPluginIds, Dictionary<string, string> seenChannelIds)
    {
        var (manifest, problems) = ManifestReader.Read(folder);
        if (manifest is null)
        {
            return LoadedPlugin.Failed(folder, null, PluginStatus.Faulted, "清单文件有误：" + string.Join("；", problems));
        }
        var hostSdk = SemanticVersion.From(SdkInfo.Version);
        if (!manifest.Sdk.Includes(hostSdk))
        {
            return LoadedPlugin.Failed(folder, manifest, PluginStatus.Incompatible, $"插件要求 SDK {manifest.Sdk}，本系统 SDK 为 {hostSdk}");
        }
        // Several versions of one plugin may sit side by side (plugins/<Name>/, plugins/<Name>@<version>/);
        // which one serves is the activation's choice. The same version twice is a mistake.
        var key = $"{manifest.Id}@{manifest.Version}";
        if (seenPluginIds.TryGetValue(key, out var other))
        {
            return LoadedPlugin.Failed(folder, manifest, PluginStatus.Faulted, $"插件“{manifest.Id}”版本 {manifest.Version} 与目录 {other} 中的插件重复");
        }
        seenPluginIds[key] = Path.GetFileName(folder);

        var entryPath = Path.Combine(folder, manifest.EntryAssembly);
        if (!File.Exists(entryPath))
        {
            return LoadedPlugin.Failed(folder, manifest, PluginStatus.Faulted, $"找不到插件程序集 {manifest.EntryAssembly}");
        }
        try
        {
            var referenced = SdkReferenceCheck.ReferencedSdkVersion(entryPath);
            if (referenced is null)
            {
                return LoadedPlugin.Failed(folder, manifest, PluginStatus.Faulted, $"{manifest.EntryAssembly} 未引用插件 SDK，不是资金渠道插件");
            }
            if (referenced != SdkReferenceCheck.HostSdkVersion)
            {
                return LoadedPlugin.Failed(folder, manifest, PluginStatus.Incompatible,
                    $"插件编译所用 SDK 程序集版本 {referenced} 与本系统 {SdkReferenceCheck.HostSdkVersion} 不一致，请用本系统的 SDK 重新编译");
            }
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException)
        {
            return LoadedPlugin.Failed(folder, manifest, PluginStatus.Faulted, $"{manifest.EntryAssembly} 无法读取：{ex.Message}");
        }

        ParameterTable parameters;
        try
        {
            parameters = ReadParameters(folder, manifest);
        }
        catch (Exception ex) when (ex is FormatException or IOException or System.Text.Json.JsonException)
        {
            return LoadedPlugin.Failed(folder, manifest, PluginStatus.Faulted, "参数文件有误：" + ex.Message);
        }

        var loader = PluginLoader.CreateFromAssemblyFile(entryPath, SharedTypes, config =>
        {
            config.PreferSharedTypes = true;
            config.IsUnloadable = true;
            config.LoadInMemory = true;
        });
        IReadOnlyList<ChannelDefinition> channels;
        try
        {
            channels = DefineChannels(folder, manifest, loader, parameters);
        }
        catch (Exception ex)
        {
            loader.Dispose();
            return LoadedPlugin.Failed(folder, manifest, PluginStatus.Faulted, "插件代码加载失败：" + Describe(ex));
        }

        var channelProblems = CheckChannels(manifest, channels, seenChannelIds);
        if (channelProblems.Count > 0)
        {
            loader.Dispose();
            return LoadedPlugin.Failed(folder, manifest, PluginStatus.Faulted, string.Join("；", channelProblems));
        }
        foreach (var channel in channels)
        {
            seenChannelIds[channel.Id] = manifest.Id;
        }
        return new LoadedPlugin(folder, manifest, PluginStatus.Active, null, channels, parameters) { Loader = loader };
    }

    private static ParameterTable ReadParameters(string folder, PluginManifest manifest)
    {
        if (manifest.ParametersPath is null)
        {
            return ParameterTable.Empty;
        }
        var path = Path.Combine(folder, manifest.ParametersPath);
        if (!File.Exists(path))
        {
            throw new FormatException($"找不到清单中声明的参数文件 {manifest.ParametersPath}");
        }
        // A parameter may cite the manifest's sources by id, so the table is read with them.
        var sources = PolicySourceTable.Parse(File.ReadAllText(Path.Combine(folder, ManifestReader.FileName)));
        return ParameterTable.Parse(File.ReadAllText(path), sources);
    }

    private static IReadOnlyList<ChannelDefinition> DefineChannels(string folder, PluginManifest manifest, PluginLoader loader, ParameterTable parameters)
    {
        var assembly = loader.LoadDefaultAssembly();
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            // Almost always a dependency the plugin expects in another version than the host shares.
            var reasons = ex.LoaderExceptions.Where(e => e is not null).Select(e => e!.Message).Distinct();
            throw new InvalidOperationException("类型加载失败（多为依赖版本不一致）：" + string.Join("；", reasons), ex);
        }
        var entryTypes = types.Where(t => typeof(IChannelPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }).ToList();
        if (entryTypes.Count != 1)
        {
            throw new InvalidOperationException(entryTypes.Count == 0
                ? "程序集中没有实现 IChannelPlugin 的公开类"
                : $"程序集中有 {entryTypes.Count} 个 IChannelPlugin 实现，应只有一个");
        }
        var plugin = (IChannelPlugin)Activator.CreateInstance(entryTypes[0])!;
        var context = new PluginContext(manifest.Id, manifest.Version.ToString(), folder, parameters);
        return plugin.DefineChannels(context).ToList();
    }

    private static List<string> CheckChannels(PluginManifest manifest, IReadOnlyList<ChannelDefinition> channels, Dictionary<string, string> seenChannelIds)
    {
        var problems = new List<string>();
        if (channels.Count == 0)
        {
            problems.Add("插件没有定义任何资金渠道");
        }
        foreach (var channel in channels)
        {
            if (seenChannelIds.TryGetValue(channel.Id, out var owner) && owner != manifest.Id)
            {
                problems.Add($"渠道 id“{channel.Id}”已由插件 {owner} 定义");
            }
            if (channel.Rules.Count == 0)
            {
                problems.Add($"渠道 {channel.Id} 没有任何规则");
            }
            foreach (var duplicate in channel.Rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            {
                problems.Add($"渠道 {channel.Id} 的规则 id {duplicate.Key} 重复");
            }
        }
        if (channels.Select(c => c.Id).Distinct().Count() != channels.Count)
        {
            problems.Add($"插件 {manifest.Id} 内渠道 id 重复");
        }
        return problems;
    }

    private static string Describe(Exception ex)
    {
        var inner = ex is TargetInvocationException { InnerException: { } i } ? i : ex;
        return $"{inner.GetType().Name}：{inner.Message}";
    }
}
