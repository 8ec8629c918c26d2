using Reserve.Channels.Activation;
using Reserve.Sdk.Projects;

namespace Reserve.Channels.Web;

/// <summary>The activation's answers and listing as the JSON API gives them.</summary>
internal static class PluginActivationHttp
{
    public static IResult ToHttp(this ActivationOutcome outcome) => outcome.Result switch
    {
        ActivationResult.Done => Results.Json(new { message = outcome.Message }),
        ActivationResult.NotFound => Results.Json(new { error = outcome.Message }, statusCode: StatusCodes.Status404NotFound),
        ActivationResult.Conflict => Results.Json(new { error = outcome.Message }, statusCode: StatusCodes.Status409Conflict),
        _ => Results.Json(new { error = outcome.Message }, statusCode: StatusCodes.Status422UnprocessableEntity),
    };

    public static object Json(PluginVersionStatus status) => new
    {
        status.Plugin.Id,
        status.Plugin.Version,
        Status = ZhNames<VersionState>.Of(status.State),
        status.Plugin.Fault,
        Name = status.Plugin.Manifest?.Name,
        Folder = Path.GetFileName(status.Plugin.Folder),
        status.PluginEnabled,
        GoldenPassed = status.GoldenProblems.Count == 0,
        status.GoldenProblems,
        status.Revision,
        Channels = status.Plugin.Channels.Select(c => c.Id),
    };
}
