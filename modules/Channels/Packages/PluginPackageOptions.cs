namespace Reserve.Channels.Packages;

/// <summary>
/// Limits for a plugin uploaded as a zip (<c>Reserve:Plugins</c>): the zip's size, what it may unpack to, and
/// optionally the only SHA-256 hashes accepted (<c>AllowedHashes</c>), for sites that install only packages whose
/// hash someone has checked.
/// </summary>
public sealed record PluginPackageOptions(long MaxZipBytes, long MaxUnpackedBytes, int MaxEntries, IReadOnlySet<string> AllowedHashes)
{
    public const long DefaultMaxZipBytes = 20L * 1024 * 1024;

    public static PluginPackageOptions Default { get; } = new(DefaultMaxZipBytes, 10 * DefaultMaxZipBytes, 2_000, new HashSet<string>());

    /// <summary>Hashes are compared in lower-case hex, however the configuration writes them.</summary>
    public static IReadOnlySet<string> Hashes(IEnumerable<string?> configured) =>
        configured.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h!.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
