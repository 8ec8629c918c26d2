using Microsoft.Extensions.Configuration;
using Reserve.Channels;
using Reserve.Documents;
using Reserve.Matching;
using Reserve.Projects;
using Reserve.Review;
using Reserve.Sdk.Projects;

namespace Reserve.Documents.Web;

/// <summary>
/// The package for 报市政府审定 of a reserve year (the command line and the submissions page both come
/// here): the projects accepted in that year's review, matched as of the package date, written by
/// <see cref="GovernmentPackage"/>. Who sends it to whom is configuration (<c>Reserve:Package</c>).
/// </summary>
public sealed class PackageService(ChannelCatalog catalog, IProjectReserve reserve, IReview review, ReviewCalendar calendar, DocumentTemplates templates,
    IConfiguration configuration, TimeProvider clock)
{
    public int DefaultYear => calendar.ReserveYear(Today);

    public async Task<(byte[]? Zip, string FileName, PackageResult Result)> BuildAsync(int? year, CancellationToken cancellationToken)
    {
        var reserveYear = year ?? DefaultYear;
        var ids = await review.AcceptedProjectsAsync(reserveYear, cancellationToken);
        var engine = new MatchEngine(catalog);
        var projects = new List<ProjectRecord>(ids.Count);
        var results = new List<MatchResult>();
        foreach (var id in ids)
        {
            if (await reserve.FindAsync(id, cancellationToken) is { } stored)
            {
                projects.Add(stored.Record);
                results.AddRange(engine.Match(stored.Record, Today));
            }
        }
        var section = configuration.GetSection("Reserve:Package");
        var input = new GovernmentPackageInput(reserveYear, Today, Text(section["Issuer"], "市发展和改革委员会"), Text(section["Recipient"], "市人民政府"),
            section["Contact"], projects, results, templates.Folder);
        using var zip = new MemoryStream();
        var result = new GovernmentPackage(clock).Write(input, zip, cancellationToken);
        return (result.Succeeded ? zip.ToArray() : null, GovernmentPackage.FileName(reserveYear), result);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static string Text(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
}
