using System.Security.Cryptography;
using System.Text;

namespace Reserve.Channels.Loading;

/// <summary>
/// A short fingerprint of what a plugin folder holds (every file's path, size and time of last write): it changes
/// while a folder is still being copied in, and when a folder is overwritten, so a scan can tell a finished drop-in
/// (the same stamp twice in a row) from one under way.
/// </summary>
internal static class FolderStamp
{
    public static string Of(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "";
        }
        var text = new StringBuilder();
        try
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                text.Append(Path.GetRelativePath(folder, file.FullName)).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file vanished or is locked mid-copy: a stamp no scan will see twice, so the folder is looked at again.
            return "busy:" + Guid.NewGuid().ToString("N");
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..24];
    }
}
