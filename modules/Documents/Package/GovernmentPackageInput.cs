using Reserve.Matching;
using Reserve.Sdk.Projects;

namespace Reserve.Documents;

/// <summary>
/// What goes to the city government for 审定: the reserve year, the accepted projects with their match
/// results, who sends it to whom, and the host's templates folder (holding <c>package/</c> and <c>shared/</c>).
/// </summary>
public sealed record GovernmentPackageInput(
    int Year,
    DateOnly Date,
    string Issuer,
    string Recipient,
    string? Contact,
    IReadOnlyList<ProjectRecord> Projects,
    IReadOnlyList<MatchResult> Results,
    string TemplatesFolder);

/// <summary>One file of the package, as listed in its manifest.</summary>
public sealed record PackageEntry(string Path, string Kind, long Bytes, string Sha256);

/// <summary>The files written, or the Chinese reasons nothing was.</summary>
public sealed record PackageResult(IReadOnlyList<PackageEntry> Entries, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
