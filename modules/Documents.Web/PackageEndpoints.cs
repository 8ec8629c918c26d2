using Reserve.WebKit.Security;

namespace Reserve.Documents.Web;

/// <summary>The package for 报市政府审定 over HTTP, beside the 报送情况 API whose page links to it; written with the documents.</summary>
public static class PackageEndpoints
{
    public static void MapPackageApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/submissions/package", async (int? year, PackageService packages, CancellationToken ct) =>
        {
            var (zip, fileName, result) = await packages.BuildAsync(year, ct);
            return zip is null
                ? Results.Json(new { error = string.Join("；", result.Problems) }, statusCode: StatusCodes.Status422UnprocessableEntity)
                : Results.File(zip, "application/zip", fileName);
        }).RequireAuthorization(Policies.ReadReserve).RequireAuthorization(Policies.Review)
            .WithSummary("报市政府审定材料（ZIP：请示 DOCX、已受理项目汇总表、分渠道清单、manifest.json；审核员；year 缺省为当前储备年度）");
    }
}
