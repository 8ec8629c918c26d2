using System.Text.Json;
using System.Text.Json.Serialization;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// Compile-time serialisation metadata for the record and its stored JSON columns (System.Text.Json source generation),
/// used by <see cref="ProjectJson.Options"/>: a page of 50 records read from the database parses six JSON columns each and
/// /api/projects writes them all again, and reflection-built metadata cost more per value. The same settings as the
/// options; the converters of the options (Chinese enumeration words, ISO dates, facts, normalised decimals) still apply.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ProjectRecord))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<FundingSourceLine>))]
[JsonSerializable(typeof(List<ChannelRequest>))]
[JsonSerializable(typeof(List<PreWorkItem>))]
[JsonSerializable(typeof(List<NegativeListItem>))]
[JsonSerializable(typeof(Dictionary<string, FactValue>))]
internal sealed partial class ProjectJsonContext : JsonSerializerContext;
