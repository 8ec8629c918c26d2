using System.Text.Json;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Projects;

namespace Reserve.Projects;

/// <summary>
/// A listed project as its interchange JSON (the text <see cref="ProjectJson.Options"/> writes for its record) and the
/// version a later save must name, for answers that only pass records on (GET /api/projects).
/// </summary>
public abstract class ProjectJsonItem
{
    private protected ProjectJsonItem(int version) => Version = version;

    public int Version { get; }

    /// <summary>Writes the record as one JSON object.</summary>
    public abstract void WriteProject(Utf8JsonWriter writer);

    /// <summary>A record already read: written by the serialiser (stand-ins of the reserve, and what the tests compare with).</summary>
    public static ProjectJsonItem Of(StoredProject stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new RecordItem(stored.Record, stored.Version);
    }

    private sealed class RecordItem(ProjectRecord record, int version) : ProjectJsonItem(version)
    {
        public override void WriteProject(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, record, ProjectJson.Options);
    }
}
