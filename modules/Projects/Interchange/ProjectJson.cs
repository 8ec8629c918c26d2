using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// Serializer options for the interchange JSON of project-record.md: camelCase keys, enumerations as
/// their Chinese words, ISO dates (a year-month such as 2026-10 reads as the first of the month).
/// For trusted data (storage, exports, golden cases); untrusted files go through the validating reader.
/// </summary>
public static class ProjectJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>The options; <paramref name="generated"/> false builds every type's metadata by reflection (what tests compare with).</summary>
    internal static JsonSerializerOptions Create(bool indented, bool generated = true)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            // The record and its columns from generated metadata, anything else (an API's envelope) by reflection.
            TypeInfoResolver = generated ? JsonTypeInfoResolver.Combine(ProjectJsonContext.Default, new DefaultJsonTypeInfoResolver()) : new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new ZhEnumConverterFactory());
        options.Converters.Add(new IsoDateConverter());
        options.Converters.Add(new FactValueConverter());
        options.Converters.Add(new NormalizedDecimalConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>3200 for 3200.0: the scale a database gives back must not change the interchange text.</summary>
    internal static decimal Normalized(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>A date as the interchange text writes it.</summary>
    internal static string IsoDay(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ProjectRecord? Deserialize(JsonElement element) => element.Deserialize<ProjectRecord>(Options);

    public static string Serialize(ProjectRecord record, bool indented = false) =>
        JsonSerializer.Serialize(record, indented ? Indented : Options);

    private sealed class ZhEnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum && typeToConvert.Namespace?.StartsWith("Reserve.", StringComparison.Ordinal) == true;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ZhEnumConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class ZhEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return ZhNames<T>.TryParse(text, out var value)
                ? value
                : throw new JsonException($"“{text}”不是允许的取值，应为：{string.Join("、", ZhNames<T>.All)}");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(ZhNames<T>.Of(value));
    }

    private sealed class IsoDateConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IsoDates.TryParse(reader.GetString(), out var date)
                ? date
                : throw new JsonException($"“{reader.GetString()}”不是日期，应为 yyyy-MM-dd 或 yyyy-MM");

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(IsoDay(value));
    }

    /// <summary>
    /// Writes 3200 for 3200.0: a decimal read back from a database may carry a different scale, and the
    /// interchange text (and audit before/after) must not change because of it.
    /// </summary>
    private sealed class NormalizedDecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(Normalized(value));
    }

    /// <summary>Facts are written as plain JSON values; a string of date shape reads back as a date.</summary>
    private sealed class FactValueConverter : JsonConverter<FactValue>
    {
        public override FactValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Number => reader.TryGetInt32(out var i) ? FactValue.Of(i) : FactValue.Of(reader.GetDecimal()),
            JsonTokenType.True => FactValue.Of(true),
            JsonTokenType.False => FactValue.Of(false),
            JsonTokenType.String when IsoDates.TryParseExactDay(reader.GetString(), out var d) => FactValue.Of(d),
            JsonTokenType.String => FactValue.Of(reader.GetString()!),
            _ => throw new JsonException("渠道要素的取值应为数字、是否（true/false）、文字或日期"),
        };

        public override void Write(Utf8JsonWriter writer, FactValue value, JsonSerializerOptions options)
        {
            switch (value.Type)
            {
                case FactType.Number or FactType.Integer:
                    writer.WriteNumberValue(Normalized(value.Number));
                    break;
                case FactType.Boolean:
                    writer.WriteBooleanValue(value.Flag);
                    break;
                case FactType.Date:
                    writer.WriteStringValue(IsoDay(value.Date));
                    break;
                default:
                    writer.WriteStringValue(value.Text);
                    break;
            }
        }
    }
}
