using System.Text.Json;

namespace Reserve.Host.Web;

/// <summary>
/// An API request the framework cannot bind (a body that is not JSON, a value of the wrong type, a missing body)
/// gets a 400 with a Chinese reason naming the place, like every other refusal of the API, instead of an empty
/// answer. Minimal APIs throw <see cref="BadHttpRequestException"/> for these once
/// <see cref="Microsoft.AspNetCore.Routing.RouteHandlerOptions.ThrowOnBadRequest"/> is set (<see cref="WebSetup"/>).
/// </summary>
internal sealed class ApiRequestErrors(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = e.StatusCode;
            await context.Response.WriteAsJsonAsync(new { error = Reason(e) }, context.RequestAborted);
            return;
        }
        // Routing answers these itself, with no body.
        if (!context.Response.HasStarted && RoutingReason(context) is { } reason)
        {
            await context.Response.WriteAsJsonAsync(new { error = reason }, context.RequestAborted);
        }
    }

    private static string? RoutingReason(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMedia,
        StatusCodes.Status405MethodNotAllowed => $"该接口不接受 {context.Request.Method} 请求",
        _ => null,
    };

    private const string UnsupportedMedia = "请求内容应为 JSON（Content-Type: application/json）";

    internal static string Reason(BadHttpRequestException e)
    {
        if (e.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return UnsupportedMedia;
        }
        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return "请求内容超过允许的大小，请拆分后重新提交";
        }
        if (e.InnerException is JsonException json)
        {
            var place = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "" : $"字段 {json.Path}，";
            var where = json.LineNumber is { } line ? $"{place}第{line + 1}行第{json.BytePositionInLine + 1}个字节处" : place.TrimEnd('，');
            // Our converters (enumeration words, dates, facts) explain themselves in Chinese; the framework's reasons are English.
            var reason = json.Message.Any(c => c is >= '\u4e00' and <= '\u9fff') ? json.Message : "无法按要求的格式读取";
            return $"请求内容不是有效的 JSON：{where}{(where.Length > 0 ? "：" : "")}{reason}";
        }
        return e.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
            ? "请求缺少 JSON 内容，或内容无法读取"
            : $"请求参数无法读取（{e.StatusCode}）";
    }
}
