using Reserve.Projects.Interchange;

namespace Reserve.Projects.Web;

/// <summary>GET /api/projects's answer: the page's JSON (<see cref="ProjectPageJson"/>) written straight to the response.</summary>
internal sealed class ProjectPageResult(ProjectPage<ProjectJsonItem> page) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        return ProjectPageJson.WriteAsync(page, httpContext.Response.Body, httpContext.RequestAborted);
    }
}
