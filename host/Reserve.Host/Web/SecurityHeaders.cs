namespace Reserve.Host.Web;

/// <summary>
/// Headers every answer carries: no framing (click-jacking), no MIME sniffing, scripts only from our own
/// files (the charts are served from wwwroot, never a CDN), no referrer leaking project ids.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";
        return next(context);
    }
}
