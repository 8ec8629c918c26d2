using Reserve.Accounts;
using Reserve.Channels;
using Reserve.WebKit.Security;
using Reserve.Projects;
using Reserve.Projects.Interchange;
using Reserve.Review;

namespace Reserve.Projects.Web.Audit;

/// <summary>
/// The change log as reviewers read it: project changes (who, when, what, and each field before → after),
/// the steps of the review, and account changes. The page and <c>GET /api/audit</c> both read it here.
/// </summary>
internal sealed class AuditLog(IProjectReserve reserve, IReview review, IAccounts accounts, ChannelCatalog catalog, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Who the demo data is recorded as (the demo module).</summary>
    private const string DemoActor = "演示数据";

    public async Task<ProjectChangePage> ProjectChangesAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = new AuditQuery(
            Blank(filter.User),
            Blank(filter.ProjectId),
            filter.From is { } from ? LocalTimes.StartOfDayUtc(from, clock) : null,
            filter.To is { } to ? LocalTimes.StartOfDayUtc(to.AddDays(1), clock) : null,
            filter.Skip,
            filter.Take);
        var (total, entries) = await reserve.AuditAsync(query, cancellationToken);
        var channels = KnownChannels.Of(catalog);
        var changes = entries.Select(e => new ProjectChange(e,
            ProjectDiff.ProjectName(e.Before, e.After) ?? e.ProjectId,
            ProjectDiff.Compare(e.Before, e.After, catalog.ChannelFacts, channels))).ToList();
        return new ProjectChangePage(total, filter.Skip, filter.Take, changes);
    }

    public Task<IReadOnlyList<ReviewEvent>> ReviewEventsAsync(string? department, int take, CancellationToken cancellationToken) =>
        review.EventsAsync(Blank(department), Math.Clamp(take, 1, 500), cancellationToken);

    /// <summary>The names of the projects review steps are about (one query), so that the log names projects rather than numbers them.</summary>
    public Task<IReadOnlyDictionary<string, string>> ProjectNamesAsync(IEnumerable<ReviewEvent> events, CancellationToken cancellationToken) =>
        reserve.NamesAsync([.. events.Select(e => e.ProjectId).OfType<string>()], cancellationToken);

    public Task<IReadOnlyList<AccountChange>> AccountChangesAsync(int take, CancellationToken cancellationToken) =>
        accounts.ChangesAsync(Math.Clamp(take, 1, 500), cancellationToken);

    /// <summary>
    /// The names changes are recorded under (as <see cref="ReserveClaims.AuditName"/> writes them), so
    /// that the user filter can offer them; the audit matches the name exactly.
    /// </summary>
    public async Task<IReadOnlyList<string>> ActorNamesAsync(CancellationToken cancellationToken) =>
        (await accounts.UsersAsync(cancellationToken))
            .Select(u => ReserveClaims.Principal(u, "audit").AuditName())
            .Append(DemoActor)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Which project changes to show: by the user named in the audit, project, local dates (both inclusive), a page at a time.</summary>
internal sealed record AuditFilter(string? User, string? ProjectId, DateOnly? From, DateOnly? To, int Skip, int Take)
{
    /// <summary>The filter of a request, or the Chinese reason a value cannot be read (a date, say).</summary>
    public static (AuditFilter? Filter, string? Problem) Parse(string? user, string? project, string? from, string? to, int? skip, int? take)
    {
        if (!TryDate(from, out var fromDate))
        {
            return (null, $"起始日期“{from}”不是日期，应为 yyyy-MM-dd");
        }
        if (!TryDate(to, out var toDate))
        {
            return (null, $"截止日期“{to}”不是日期，应为 yyyy-MM-dd");
        }
        if (fromDate is { } f && toDate is { } t && f > t)
        {
            return (null, $"起始日期 {f:yyyy-MM-dd} 晚于截止日期 {t:yyyy-MM-dd}");
        }
        return (new AuditFilter(user, project, fromDate, toDate, Math.Max(0, skip ?? 0), Math.Clamp(take ?? AuditLog.PageSize, 1, 500)), null);
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        return false;
    }
}

/// <summary>One audited project change: the project's name as the change left it (its id when the snapshots hold none) and the fields it altered.</summary>
internal sealed record ProjectChange(AuditEntry Entry, string ProjectName, IReadOnlyList<FieldChange> Fields);

internal sealed record ProjectChangePage(int Total, int Skip, int Take, IReadOnlyList<ProjectChange> Changes);
