using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Reserve.Web.Tests.Http;

/// <summary>A response read once: status, media type, body as bytes, text and (when it is JSON) a node.</summary>
internal sealed class Answer
{
    private Answer(int status, MediaTypeHeaderValue? contentType, byte[] body)
    {
        Status = status;
        MediaType = contentType?.MediaType;
        Body = body;
        Text = Encoding.UTF8.GetString(body);
    }

    public int Status { get; }
    public string? MediaType { get; }
    public byte[] Body { get; }
    public string Text { get; }

    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("empty JSON body");

    /// <summary>The Chinese reason of a refusal ({"error": "…"}).</summary>
    public string Error => Json["error"]?.GetValue<string>() ?? "";

    public static async Task<Answer> ReadAsync(HttpResponseMessage response) =>
        new((int)response.StatusCode, response.Content.Headers.ContentType, await response.Content.ReadAsByteArrayAsync());

    public override string ToString() => $"{Status} {MediaType}: {(Text.Length > 300 ? Text[..300] + "…" : Text)}";
}
