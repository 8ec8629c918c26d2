namespace Reserve.Host.Web.Operations;

/// <summary>Answers <c>/metrics</c> only to the addresses <see cref="MetricsAccess"/> allows; anyone else gets 403 and why.</summary>
internal sealed class MetricsGate(RequestDelegate next, MetricsAccess access)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (access.Allows(context.Connection.RemoteIpAddress))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("指标只对本机和配置 Reserve:Metrics:AllowedNetworks 中的网段开放");
    }
}
