using System.Text.Json;
using Reserve.Projects.Interchange;

namespace Reserve.Matching;

/// <summary>Match results as JSON, with the Chinese enumeration words of the interchange format.</summary>
public static class MatchJson
{
    public static string Serialize<T>(T value, bool indented = false) =>
        JsonSerializer.Serialize(value, indented ? ProjectJson.Indented : ProjectJson.Options);

    /// <summary>Writes straight to a stream: a whole reserve's results are too large to build as one string first.</summary>
    public static void SerializeTo<T>(Stream output, T value, bool indented = false) =>
        JsonSerializer.Serialize(output, value, indented ? ProjectJson.Indented : ProjectJson.Options);

}
