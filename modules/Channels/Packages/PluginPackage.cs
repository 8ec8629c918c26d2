using System.IO.Compression;
using System.Security.Cryptography;

namespace Reserve.Channels.Packages;

/// <summary>What became of an uploaded zip: its SHA-256 (always, for the person to compare), and either the folder it was unpacked to or every reason it was refused.</summary>
public sealed record PackageResult(string Sha256, long Bytes, string? Folder, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Folder is not null && Problems.Count == 0;
}

/// <summary>
/// Unpacks a plugin folder uploaded as a zip, refusing before anything is written: a zip over the size limit,
/// a hash outside the allow-list, an entry whose path is absolute or climbs out with <c>..</c>, a link, more
/// entries or unpacked bytes than allowed (a zip bomb), or no <c>plugin.json</c>. The plugin folder may be the
/// zip's root or its single top-level folder. Nothing is half-written: the files go to a fresh folder that is
/// removed again if anything fails.
/// </summary>
public static class PluginPackage
{
    public static async Task<PackageResult> UnpackAsync(Stream zip, string targetFolder, PluginPackageOptions options, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var (sha256, bytes) = await CopyLimitedAsync(zip, buffer, options.MaxZipBytes, cancellationToken);
        if (bytes > options.MaxZipBytes)
        {
            return Refused(sha256, bytes, $"文件 {Megabytes(bytes)}，超过大小上限 {Megabytes(options.MaxZipBytes)}");
        }
        if (options.AllowedHashes.Count > 0 && !options.AllowedHashes.Contains(sha256))
        {
            return Refused(sha256, buffer.Length, $"SHA-256 {sha256} 不在允许安装的哈希列表（Reserve:Plugins:AllowedHashes）中：本系统只安装核对过哈希的插件包");
        }
        buffer.Position = 0;
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            return Refused(sha256, buffer.Length, "不是有效的 zip 文件：" + ex.Message);
        }
        using (archive)
        {
            var (files, problems) = Plan(archive, options);
            if (problems.Count > 0)
            {
                return new PackageResult(sha256, buffer.Length, null, problems);
            }
            if (Directory.Exists(targetFolder) || File.Exists(targetFolder))
            {
                return Refused(sha256, buffer.Length, $"目标目录 {targetFolder} 已存在");
            }
            try
            {
                Directory.CreateDirectory(targetFolder);
                foreach (var (entry, relative) in files)
                {
                    var path = Path.Combine(targetFolder, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await using var source = entry.Open();
                    await using var target = File.Create(path);
                    await source.CopyToAsync(target, cancellationToken);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or OperationCanceledException)
            {
                TryDelete(targetFolder);
                return Refused(sha256, buffer.Length, "解压失败：" + ex.Message);
            }
            return new PackageResult(sha256, buffer.Length, targetFolder, []);
        }
    }

    /// <summary>Every file to write with its path inside the plugin folder, or every reason not to write any.</summary>
    private static (List<(ZipArchiveEntry Entry, string Relative)> Files, List<string> Problems) Plan(ZipArchive archive, PluginPackageOptions options)
    {
        var problems = new List<string>();
        var files = new List<(ZipArchiveEntry, string)>();
        if (archive.Entries.Count > options.MaxEntries)
        {
            problems.Add($"包内有 {archive.Entries.Count} 个条目，超过上限 {options.MaxEntries}");
            return (files, problems);
        }
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            var segments = name.Split('/');
            if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':') || Path.IsPathRooted(name))
            {
                problems.Add($"条目“{entry.FullName}”是绝对路径，拒绝解压");
            }
            else if (segments.Any(s => s is ".." or "."))
            {
                problems.Add($"条目“{entry.FullName}”含有 .. 或 .，会写到插件目录之外，拒绝解压");
            }
            else if (IsLink(entry))
            {
                problems.Add($"条目“{entry.FullName}”是符号链接，拒绝解压");
            }
            else if (!name.EndsWith('/'))
            {
                total += entry.Length;
                files.Add((entry, name));
            }
        }
        if (total > options.MaxUnpackedBytes)
        {
            problems.Add($"解压后共 {Megabytes(total)}，超过上限 {Megabytes(options.MaxUnpackedBytes)}");
        }
        if (problems.Count > 0)
        {
            return (files, problems);
        }
        var prefix = CommonFolder(files.Select(f => f.Item2).ToList());
        if (prefix is not null)
        {
            files = files.Select(f => (f.Item1, f.Item2[prefix.Length..])).ToList();
        }
        if (files.All(f => f.Item2 != "plugin.json"))
        {
            problems.Add("包中没有 plugin.json（应在 zip 的根目录，或唯一的顶层目录中）");
        }
        return (files, problems);
    }

    /// <summary>"Name/" when every file sits under one top-level folder (the plugin folder itself was zipped).</summary>
    private static string? CommonFolder(List<string> names)
    {
        if (names.Count == 0 || names.Any(n => !n.Contains('/')))
        {
            return null;
        }
        var first = names[0][..(names[0].IndexOf('/') + 1)];
        return names.All(n => n.StartsWith(first, StringComparison.Ordinal)) ? first : null;
    }

    // Unix mode bits in the high word of the external attributes: S_IFLNK.
    private static bool IsLink(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000;

    /// <summary>Keeps at most <paramref name="limit"/> bytes, but hashes and counts the whole stream, so a refused file still shows its true hash and size.</summary>
    private static async Task<(string Sha256, long Bytes)> CopyLimitedAsync(Stream from, MemoryStream to, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
            total += read;
            if (total <= limit)
            {
                to.Write(chunk, 0, read);
            }
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), total);
    }

    private static PackageResult Refused(string sha256, long bytes, string reason) => new(sha256, bytes, null, [reason]);

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
