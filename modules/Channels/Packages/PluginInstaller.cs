using Reserve.Channels.Manifest;

namespace Reserve.Channels.Packages;

/// <summary>
/// Where an installed plugin went (<paramref name="Folder"/>), or why it was not installed (<paramref name="Problem"/>, Chinese);
/// <paramref name="PluginName"/> is the manifest's display name, what users read (the id is for the audit and the API).
/// </summary>
public sealed record InstallResult(string? Folder, string? Problem, string? PluginId = null, string? Version = null, string? PluginName = null)
{
    public bool Succeeded => Folder is not null;
}

/// <summary>
/// Puts a checked plugin folder into the plugins folder as <c>&lt;Name&gt;@&lt;version&gt;/</c>, beside the versions
/// already there. The files are copied to a hidden folder next to it (<c>.install-…</c>, which the live loading
/// ignores) and then renamed in one step, so the host never sees half a plugin; a failure leaves nothing behind.
/// </summary>
public static class PluginInstaller
{
    public static InstallResult Install(string unpacked, string pluginsDirectory, IReadOnlyList<LoadedPlugin> loaded)
    {
        var (manifest, problems) = ManifestReader.Read(unpacked);
        if (manifest is null)
        {
            return new InstallResult(null, "清单文件有误：" + string.Join("；", problems));
        }
        var version = manifest.Version.ToString();
        if (loaded.FirstOrDefault(p => p.Id == manifest.Id && p.Version == version) is { } same)
        {
            return new InstallResult(null, $"插件“{manifest.Name}”的版本 {version} 已在插件目录中（{Path.GetFileName(same.Folder)}）：新的内容请用新的版本号发布", manifest.Id, version, manifest.Name);
        }
        // A new version goes beside the plugin's other folders under the same name; a new plugin takes its assembly's name.
        var name = loaded.Where(p => p.Id == manifest.Id).Select(p => Path.GetFileName(p.Folder).Split('@')[0]).FirstOrDefault()
            ?? NameOf(manifest);
        var target = Path.Combine(pluginsDirectory, $"{name}@{version}");
        if (Directory.Exists(target) || File.Exists(target))
        {
            return new InstallResult(null, $"插件目录中已有 {Path.GetFileName(target)}", manifest.Id, version, manifest.Name);
        }
        var staging = Path.Combine(pluginsDirectory, ".install-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(pluginsDirectory);
            foreach (var file in Directory.GetFiles(unpacked, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(staging, Path.GetRelativePath(unpacked, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
            Directory.Move(staging, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
            }
            catch (IOException)
            {
            }
            return new InstallResult(null, "写入插件目录失败：" + ex.Message, manifest.Id, version, manifest.Name);
        }
        return new InstallResult(target, null, manifest.Id, version, manifest.Name);
    }

    /// <summary><c>Reserve.Plugins.WaterPipes.dll</c> → <c>WaterPipes</c>; the plugin id when the assembly is named otherwise.</summary>
    private static string NameOf(PluginManifest manifest)
    {
        var assembly = Path.GetFileNameWithoutExtension(manifest.EntryAssembly);
        var last = assembly[(assembly.LastIndexOf('.') + 1)..];
        return last.Length > 0 && last.All(c => char.IsAsciiLetterOrDigit(c)) ? last : manifest.Id;
    }
}
