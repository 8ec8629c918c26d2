using System.Globalization;

namespace Reserve.Channels.Manifest;

/// <summary>A SemVer 2.0 version (major.minor.patch[-prerelease]); build metadata is ignored.</summary>
public readonly record struct SemanticVersion(int Major, int Minor, int Patch, string? Prerelease = null) : IComparable<SemanticVersion>
{
    public static bool TryParse(string? text, out SemanticVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var core = text.Trim();
        var plus = core.IndexOf('+');
        if (plus >= 0)
        {
            core = core[..plus];
        }
        string? pre = null;
        var dash = core.IndexOf('-');
        if (dash >= 0)
        {
            pre = core[(dash + 1)..];
            core = core[..dash];
            if (pre.Length == 0)
            {
                return false;
            }
        }
        var parts = core.Split('.');
        if (parts.Length != 3
            || !TryPart(parts[0], out var major) || !TryPart(parts[1], out var minor) || !TryPart(parts[2], out var patch))
        {
            return false;
        }
        version = new SemanticVersion(major, minor, patch, pre);
        return true;
    }

    public static SemanticVersion From(Version version) => new(version.Major, version.Minor, Math.Max(version.Build, 0));

    public int CompareTo(SemanticVersion other)
    {
        var c = Major.CompareTo(other.Major);
        if (c == 0) { c = Minor.CompareTo(other.Minor); }
        if (c == 0) { c = Patch.CompareTo(other.Patch); }
        if (c != 0) { return c; }
        // A pre-release sorts before its release.
        return (Prerelease, other.Prerelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(Prerelease, other.Prerelease),
        };
    }

    public static bool operator <(SemanticVersion a, SemanticVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(SemanticVersion a, SemanticVersion b) => a.CompareTo(b) > 0;
    public static bool operator <=(SemanticVersion a, SemanticVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >=(SemanticVersion a, SemanticVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() => Prerelease is null ? $"{Major}.{Minor}.{Patch}" : $"{Major}.{Minor}.{Patch}-{Prerelease}";

    private static bool TryPart(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && (text.Length == 1 || text[0] != '0');
}
