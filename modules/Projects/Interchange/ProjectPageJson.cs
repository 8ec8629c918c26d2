using System.Text.Json;

namespace Reserve.Projects.Interchange;

/// <summary>
/// A page of the list as GET /api/projects answers it, <c>{"total":…,"items":[{"version":…,"project":{…}}…]}</c>, written
/// to a stream as the records' text comes (a page of 500 records is near a megabyte): the same bytes as serialising the page
/// with <see cref="ProjectJson.Options"/>.
/// </summary>
public static class ProjectPageJson
{
    private static readonly JsonEncodedText Total = JsonEncodedText.Encode("total");
    private static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
    private static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText Project = JsonEncodedText.Encode("project");

    /// <summary>Records written between two flushes to the stream.</summary>
    private const int FlushEvery = 25;

    public static async Task WriteAsync(ProjectPage<ProjectJsonItem> page, Stream body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = ProjectJson.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteNumber(Total, page.Total);
        writer.WriteStartArray(Items);
        for (var i = 0; i < page.Items.Count; i++)
        {
            var item = page.Items[i];
            writer.WriteStartObject();
            writer.WriteNumber(Version, item.Version);
            writer.WritePropertyName(Project);
            item.WriteProject(writer);
            writer.WriteEndObject();
            if ((i + 1) % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}
