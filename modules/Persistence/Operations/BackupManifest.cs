using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reserve.Persistence.Operations;

/// <summary>
/// What a backup holds, written beside the database copy in the archive: when and by which build it was made, each
/// module's applied migrations (a restore compares them with its own), the plugins that were active, whether the key
/// ring that signs cookies is inside (it is a secret), every table's row count and the copy's SHA-256.
/// </summary>
public sealed record BackupManifest
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    public required DateTimeOffset CreatedAt { get; init; }

    public required string HostVersion { get; init; }

    public required string Source { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Migrations { get; init; }

    public required IReadOnlyList<BackupPlugin> Plugins { get; init; }

    public required BackupKeyRing KeyRing { get; init; }

    public required IReadOnlyList<TableRows> Tables { get; init; }

    public required string DatabaseFile { get; init; }

    public required string DatabaseSha256 { get; init; }

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>A plugin as it was when the backup was made (its code is not in the backup: the plugins folder is).</summary>
public sealed record BackupPlugin(string Id, string Version, string Status);

/// <summary>The data-protection keys in the copy: a backup with keys restores sign-ins, and must be kept as a secret.</summary>
public sealed record BackupKeyRing(bool Included, int Keys, string Note);
