namespace Reserve.WebKit;

/// <summary>How a module's refused change goes out over HTTP: 400 with its Chinese problems, or 409 on a conflict.</summary>
public static class ProblemResults
{
    public static IResult Refused(IEnumerable<string> problems, string? conflict)
    {
        if (conflict is not null)
        {
            return Results.Json(new { error = conflict }, statusCode: StatusCodes.Status409Conflict);
        }
        var list = problems.ToList();
        return Results.Json(new { error = string.Join("；", list), problems = list }, statusCode: StatusCodes.Status400BadRequest);
    }

    public static IResult Error(int status, string? message) => Results.Json(new { error = message }, statusCode: status);

    /// <summary>"2026-10-15" or nothing; anything else is a clear 400 naming the field.</summary>
    public static bool TryDate(string? text, string field, out DateOnly? date, out IResult? problem)
    {
        date = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var parsed))
        {
            date = parsed;
            return true;
        }
        problem = Error(StatusCodes.Status400BadRequest, $"{field}：“{text}”不是有效日期，应为 yyyy-MM-dd");
        return false;
    }
}
