using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Encodings.Web;
using Reserve.Sdk.Projects;
using Scriban.Runtime;

namespace Reserve.Rendering.Sandbox;

/// <summary>
/// Builds the template model from JSON: plain ScriptObject/ScriptArray trees of strings, numbers, booleans and
/// nulls, never a live .NET object. String values are Markdown-escaped here, so data can never become Markdown
/// (or, through it, HTML) structure.
/// </summary>
internal static class ModelBuilder
{
    /// <summary>The model's text for its hash: one line, Chinese as text (not \u escapes).</summary>
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>A report's model: the caller's data (deep-copied, so the request stays untouched) and <c>doc</c>.</summary>
    public static JsonObject ReportModelJson(ReportRequest request)
    {
        var model = request.Data.DeepClone().AsObject();
        model["doc"] = new JsonObject
        {
            ["mode"] = ZhNames<DocumentMode>.Of(request.Mode),
            ["date"] = request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["title"] = request.Title,
        };
        return model;
    }

    public static string Serialize(JsonNode model) => model.ToJsonString(Canonical);

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The global script object of one render (fresh each time).</summary>
    public static ScriptObject ToScript(JsonObject model)
    {
        var globals = new ScriptObject();
        foreach (var (key, value) in model)
        {
            globals.SetValue(key, ToValue(value), readOnly: true);
        }
        return globals;
    }

    public static object? ToValue(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var so = new ScriptObject();
                foreach (var (key, value) in obj)
                {
                    so[key] = ToValue(value);
                }
                return so;
            case JsonArray array:
                var sa = new ScriptArray();
                foreach (var item in array)
                {
                    sa.Add(ToValue(item));
                }
                return sa;
            default:
                return node.GetValueKind() switch
                {
                    JsonValueKind.String => MarkdownText.Escape(node.GetValue<string>()),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => Number(node),
                    _ => null,
                };
        }
    }

    private static object Number(JsonNode node)
    {
        var raw = node.ToJsonString();
        if (raw.IndexOfAny(['.', 'e', 'E']) < 0)
        {
            if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
            {
                return i;
            }
            if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            {
                return l;
            }
        }
        return decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}

/// <summary>Escapes data for Markdown so that a value stays text.</summary>
internal static class MarkdownText
{
    public static string Escape(string value)
    {
        if (value.Length == 0)
        {
            return value;
        }
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                case '\t':
                    sb.Append(' ');
                    break;
                case '\\' or '&' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '{' or '}':
                    sb.Append('\\').Append(c);
                    break;
                case '#' or '-' or '+' or '=' or '!' when sb.Length == 0:
                    sb.Append('\\').Append(c);
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.ToString();
    }
}
