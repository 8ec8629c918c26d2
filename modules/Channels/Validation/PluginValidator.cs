using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Reserve.Channels.Loading;
using Reserve.Channels.Manifest;
using Reserve.Sdk;
using Reserve.Sdk.Rules;

namespace Reserve.Channels.Validation;

/// <summary>
/// Checks one plugin folder the way the host would take it in, without touching the running catalog: the
/// manifest, the SDK range and the SDK the code was built against, loading it alone in its own load context,
/// the periods of its dated parameters, a source and confidence on every rule and material, then the checks
/// other modules provide (golden cases, templates). A check that cannot run because an earlier one failed is
/// reported as not checked, never as passed.
/// </summary>
public sealed class PluginValidator(IReadOnlyList<IPluginCheck> moreChecks)
{
    public const string ManifestCheck = "清单";
    public const string SdkCheck = "SDK 与程序集";
    public const string LoadCheck = "独立加载";
    public const string ParametersCheck = "日期参数";
    public const string SourcesCheck = "规则出处";

    public ValidationReport Validate(string pluginFolder) => Validate(pluginFolder, out _);

    /// <summary>Validates and hands back the plugin as loaded (null when it did not load), for callers that keep it.</summary>
    public ValidationReport Validate(string pluginFolder, out LoadedPlugin? loaded)
    {
        loaded = null;
        var folder = Path.GetFullPath(pluginFolder);
        var checks = new List<CheckOutcome>();
        if (!Directory.Exists(folder))
        {
            checks.Add(CheckOutcome.Of(ManifestCheck, [$"找不到插件目录 {pluginFolder}"]));
            return Finish(folder, null, checks);
        }
        var (manifest, manifestProblems) = ManifestReader.Read(folder);
        checks.Add(CheckOutcome.Of(ManifestCheck, manifest is null ? manifestProblems : [], manifest is null ? null : $"{manifest.Id} {manifest.Version}"));
        if (manifest is null)
        {
            return Finish(folder, null, checks);
        }
        var sdkProblems = CheckSdk(folder, manifest);
        checks.Add(CheckOutcome.Of(SdkCheck, sdkProblems, $"要求 {manifest.Sdk}，本系统 {SdkInfo.Version}"));
        if (sdkProblems.Count > 0)
        {
            return Finish(folder, manifest, checks);
        }
        var plugin = new PluginCatalogLoader(NullLogger.Instance).LoadFolders(Path.GetDirectoryName(folder)!, [folder]).Plugins[0];
        checks.Add(plugin.Status == PluginStatus.Active
            ? CheckOutcome.Pass(LoadCheck, $"{plugin.Channels.Count} 个渠道，{plugin.Channels.Sum(c => c.Rules.Count)} 条规则")
            : CheckOutcome.Of(LoadCheck, [plugin.Fault ?? "加载失败"]));
        checks.Add(CheckParameters(folder, manifest));
        if (plugin.Status != PluginStatus.Active)
        {
            return Finish(folder, manifest, checks);
        }
        checks.Add(CheckOutcome.Of(SourcesCheck, CheckSources(plugin)));
        foreach (var check in moreChecks)
        {
            try
            {
                checks.Add(CheckOutcome.Of(check.Name, check.Run(plugin)));
            }
            catch (Exception ex)
            {
                // A plugin's code runs inside these checks; whatever it throws is its fault, reported, not ours.
                checks.Add(CheckOutcome.Of(check.Name, [$"检查时出错：{ex.GetType().Name}：{ex.Message}"]));
            }
        }
        loaded = plugin;
        return Finish(folder, manifest, checks);
    }

    /// <summary>Every check that did not run is listed as not checked, so the report always shows the whole list.</summary>
    private ValidationReport Finish(string folder, PluginManifest? manifest, List<CheckOutcome> checks)
    {
        string[] all = [ManifestCheck, SdkCheck, LoadCheck, ParametersCheck, SourcesCheck, .. moreChecks.Select(c => c.Name)];
        checks.AddRange(all.Where(name => checks.All(c => c.Name != name)).Select(name => CheckOutcome.Skipped(name, "前面的检查未通过")));
        return new(folder, manifest?.Id, manifest?.Version.ToString(), checks);
    }

    private static List<string> CheckSdk(string folder, PluginManifest manifest)
    {
        var problems = new List<string>();
        var hostSdk = SemanticVersion.From(SdkInfo.Version);
        if (!manifest.Sdk.Includes(hostSdk))
        {
            problems.Add($"清单要求 SDK {manifest.Sdk}，本系统 SDK 为 {hostSdk}");
        }
        var sdkFile = typeof(Reserve.Sdk.Channels.IChannelPlugin).Assembly.GetName().Name + ".dll";
        if (File.Exists(Path.Combine(folder, sdkFile)))
        {
            problems.Add($"插件目录中不应有 {sdkFile}：SDK 由本系统提供，插件自带的副本会使类型不一致（项目引用 SDK 时设 Private=false、ExcludeAssets=runtime）");
        }
        var entry = Path.Combine(folder, manifest.EntryAssembly);
        if (!File.Exists(entry))
        {
            problems.Add($"找不到插件程序集 {manifest.EntryAssembly}");
            return problems;
        }
        try
        {
            var referenced = SdkReferenceCheck.ReferencedSdkVersion(entry);
            if (referenced is null)
            {
                problems.Add($"{manifest.EntryAssembly} 未引用插件 SDK，不是资金渠道插件");
            }
            else if (referenced != SdkReferenceCheck.HostSdkVersion)
            {
                problems.Add($"{manifest.EntryAssembly} 编译所用 SDK 程序集版本 {referenced} 与本系统 {SdkReferenceCheck.HostSdkVersion} 不一致，请用本系统的 SDK 重新编译");
            }
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException)
        {
            problems.Add($"{manifest.EntryAssembly} 无法读取：{ex.Message}");
        }
        return problems;
    }

    private static CheckOutcome CheckParameters(string folder, PluginManifest manifest)
    {
        if (manifest.ParametersPath is null)
        {
            return CheckOutcome.Pass(ParametersCheck, "插件没有参数文件");
        }
        var path = Path.Combine(folder, manifest.ParametersPath);
        if (!File.Exists(path))
        {
            return CheckOutcome.Of(ParametersCheck, [$"找不到清单中声明的参数文件 {manifest.ParametersPath}"]);
        }
        try
        {
            return CheckOutcome.Of(ParametersCheck, DatedParameterCheck.Run(path), manifest.ParametersPath);
        }
        catch (JsonException ex)
        {
            return CheckOutcome.Of(ParametersCheck, [$"{manifest.ParametersPath} 不是有效的 JSON：{ex.Message}"]);
        }
    }

    private static List<string> CheckSources(LoadedPlugin plugin)
    {
        var problems = new List<string>();
        foreach (var channel in plugin.Channels)
        {
            foreach (var rule in channel.Rules)
            {
                CheckSource(problems, $"渠道 {channel.Id} 规则 {rule.Id}", rule.Source);
            }
            foreach (var material in channel.Materials)
            {
                CheckSource(problems, $"渠道 {channel.Id} 材料 {material.Id}", material.Source);
            }
        }
        return problems;
    }

    private static void CheckSource(List<string> problems, string what, PolicySource? source)
    {
        if (source is null || string.IsNullOrWhiteSpace(source.Citation))
        {
            problems.Add($"{what} 没有出处（无出处时写 PolicySource.Unverified 并说明）");
        }
        else if (!Enum.IsDefined(source.Confidence))
        {
            problems.Add($"{what} 的可信度 {(int)source.Confidence} 不是 有出处/通行做法/未核实 之一");
        }
        else if (source.Confidence == Confidence.Sourced && string.IsNullOrWhiteSpace(source.Url) && !HasDocNumber(source.Citation))
        {
            problems.Add($"{what} 标为有出处，但出处既无网址也无文号：{source.Citation}");
        }
    }

    // A 文号 such as 发改投资〔2024〕1049号 or 国务院令第712号 identifies the document without an address.
    private static bool HasDocNumber(string citation) =>
        citation.Contains('〔') || citation.Contains('号') || citation.Contains('《');
}
