using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Reserve.Persistence.Operations;

/// <summary>
/// The backup file: a zip with <c>manifest.json</c> and the database copy. Written under a temporary name and renamed
/// when complete, so a backup that fails half-way leaves no file that looks whole; readable by the owner only.
/// </summary>
public static class BackupArchive
{
    public const string ManifestEntry = "manifest.json";

    public static async Task WriteAsync(string path, BackupManifest manifest, string databaseCopy, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        File.Delete(partial);
        await using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
            var entry = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal);
            await using (var writer = entry.Open())
            {
                await JsonSerializer.SerializeAsync(writer, manifest, BackupManifest.Json, cancellationToken);
            }
            zip.CreateEntryFromFile(databaseCopy, manifest.DatabaseFile, CompressionLevel.Optimal);
        }
        File.Move(partial, full, overwrite: true);
    }

    /// <summary>The manifest of an archive, or a Chinese reason why the file is no Reserve backup.</summary>
    public static (BackupManifest? Manifest, string? Problem) ReadManifest(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry(ManifestEntry) is not { } entry)
            {
                return (null, $"文件中没有 {ManifestEntry}，不是 Reserve 的备份文件");
            }
            using var stream = entry.Open();
            var manifest = JsonSerializer.Deserialize<BackupManifest>(stream, BackupManifest.Json);
            if (manifest is null || string.IsNullOrEmpty(manifest.DatabaseFile) || zip.GetEntry(manifest.DatabaseFile) is null)
            {
                return (null, "备份清单不完整（缺少数据库文件），不是完整的 Reserve 备份");
            }
            return manifest.Format > BackupManifest.CurrentFormat
                ? (null, $"备份文件格式 {manifest.Format} 比本程序支持的格式 {BackupManifest.CurrentFormat} 新：请用制作该备份的版本（{manifest.HostVersion}）或更新的 Reserve 恢复")
                : (manifest, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or NotSupportedException or IOException)
        {
            return (null, $"无法读取备份文件（{ex.Message}），不是完整的 Reserve 备份");
        }
    }

    /// <summary>Unpacks the database copy to <paramref name="target"/> and checks it against the manifest's hash.</summary>
    public static async Task<string?> ExtractDatabaseAsync(string path, BackupManifest manifest, string target, CancellationToken cancellationToken)
    {
        using (var zip = ZipFile.OpenRead(path))
        {
            zip.GetEntry(manifest.DatabaseFile)!.ExtractToFile(target, overwrite: true);
        }
        var hash = await Sha256Async(target, cancellationToken);
        return string.Equals(hash, manifest.DatabaseSha256, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"备份中的数据库与清单记录的校验值不符（SHA-256 应为 {manifest.DatabaseSha256}，实为 {hash}）：文件已损坏或被改动";
    }

    public static async Task<string> Sha256Async(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
