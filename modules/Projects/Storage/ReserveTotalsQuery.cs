using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Storage;

/// <summary>One group's row as the grouped statements return it.</summary>
internal sealed record GroupRow(string? Name, int Projects, decimal? Investment, decimal? AnnualPlan)
{
    public GroupTotal Total(string? name) => new(name, Projects, Investment ?? 0m, AnnualPlan ?? 0m);
}

/// <summary>One (channel, answers) row of the kept sums: the eligibility answer with readiness and timing, money in ten-thousandths.</summary>
internal sealed record SummedAnswerRow(string ChannelId, string Answer, string Readiness, string Timing, int Projects, long Investment, long Amount, DateOnly? OpensOn, DateOnly? ClosesOn);

/// <summary>
/// <see cref="ReserveTotals"/> computed by grouped statements (never by reading the rows into memory). Amounts are summed
/// exactly: PostgreSQL's numeric SUM, and on SQLite (which keeps decimals as text) EF Core's decimal <c>ef_sum</c>.
/// </summary>
internal sealed class ReserveTotalsQuery(ProjectsDbContext db, IMatchAnswersSql? answers)
{
    private const string Mark = "（系统）";

    /// <summary>Withdrawn projects (撤回) are kept but counted nowhere.</summary>
    private const string InReserve = " AND p.\"WithdrawnAtUtc\" IS NULL";

    private bool Postgres => db is PostgresProjectsDbContext;

    public async Task<ReserveTotals> RunAsync(string? department, CancellationToken cancellationToken)
    {
        var projects = db.Projects.AsNoTracking().Where(p => EF.Property<DateTime?>(p, ProjectsDbContext.WithdrawnAtProperty) == null);
        if (department is not null)
        {
            projects = projects.Where(p => p.Department == department);
        }
        var byDepartment = await projects.GroupBy(p => p.Department)
            .Select(g => new GroupRow(g.Key, g.Count(), g.Sum(p => p.TotalInvestment), g.Sum(p => p.AnnualPlan)))
            .ToListAsync(cancellationToken);
        var byField = await projects.GroupBy(p => p.Field)
            .Select(g => new { g.Key, Row = new GroupRow(null, g.Count(), g.Sum(p => p.TotalInvestment), g.Sum(p => p.AnnualPlan)) })
            .ToListAsync(cancellationToken);
        var (categories, uncategorised) = await CategoriesAsync(department, cancellationToken);
        return new ReserveTotals(
            byDepartment.Sum(g => g.Projects),
            byDepartment.Sum(g => g.Investment ?? 0m),
            byDepartment.Sum(g => g.AnnualPlan ?? 0m),
            Sorted(byDepartment.Select(g => g.Total(g.Name))),
            Sorted(byField.Select(g => g.Row.Total(g.Key is { } f ? ZhNames<ProjectField>.Of(f) : null))),
            Sorted(categories),
            uncategorised,
            await AnswersAsync(department, cancellationToken));
    }

    /// <summary>A cheap value that changes whenever the totals may: the newest project change and the newest stored answer (index seeks).</summary>
    public async Task<string> StampAsync(CancellationToken cancellationToken)
    {
        var projects = await db.Projects.AsNoTracking().MaxAsync(p => (DateTime?)EF.Property<DateTime>(p, ProjectsDbContext.UpdatedAtProperty), cancellationToken);
        var stamp = projects?.Ticks.ToString(CultureInfo.InvariantCulture) ?? "-";
        if (answers is not null)
        {
            await using var command = await db.Database.CommandAsync(answers.LastChanged, new Dictionary<string, object?>(), cancellationToken);
            stamp += "|" + Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        return stamp;
    }

    /// <summary>Per computed 两新一重 tag (the tags' JSON list opened in SQL), and the projects with none.</summary>
    private async Task<(IEnumerable<GroupTotal>, GroupTotal)> CategoriesAsync(string? department, CancellationToken cancellationToken)
    {
        var where = department is null ? "" : " AND p.\"Department\" = {0}";
        object[] values = department is null ? [] : [department];
        var sum = Postgres ? "SUM" : "ef_sum";
        var tags = Postgres ? "json_array_elements_text(p.\"Tags\") AS t(value)" : "json_each(p.\"Tags\") AS t";
        var grouped = $"SELECT t.value AS \"Name\", CAST(COUNT(*) AS INTEGER) AS \"Projects\", {sum}(p.\"TotalInvestment\") AS \"Investment\", {sum}(p.\"AnnualPlan\") AS \"AnnualPlan\" " +
            $"FROM reserve_projects p CROSS JOIN {tags} WHERE t.value LIKE '%{Mark}'{InReserve}{where} GROUP BY t.value";
        var rows = await db.Database.SqlQueryRaw<GroupRow>(grouped, values).ToListAsync(cancellationToken);
        var tagsText = Postgres ? "p.\"Tags\"::text" : "p.\"Tags\"";
        var untagged = $"SELECT NULL AS \"Name\", CAST(COUNT(*) AS INTEGER) AS \"Projects\", {sum}(p.\"TotalInvestment\") AS \"Investment\", {sum}(p.\"AnnualPlan\") AS \"AnnualPlan\" " +
            $"FROM reserve_projects p WHERE {tagsText} NOT LIKE '%{Mark}\"%'{InReserve}{where}";
        var none = await db.Database.SqlQueryRaw<GroupRow>(untagged, values).ToListAsync(cancellationToken);
        return (rows.Select(r => r.Total(r.Name![..^Mark.Length])), none.Single().Total(null));
    }

    /// <summary>
    /// Per channel and stored answers (eligibility, readiness, timing): how many projects, their investment, the
    /// estimated funding, the window's earliest dates — read from the sums the answers' module keeps on write (a few
    /// hundred rows), not from the 2,000,000 answers.
    /// </summary>
    private async Task<IReadOnlyList<AnswerTotal>> AnswersAsync(string? department, CancellationToken cancellationToken)
    {
        if (answers is null)
        {
            return [];
        }
        var where = " WHERE t.\"Projects\" <> 0" + (department is null ? "" : " AND t.\"Department\" = {0}");
        object[] values = department is null ? [] : [department];
        var date = Postgres ? "::date" : "";
        var sql = $"SELECT t.\"ChannelId\" AS \"ChannelId\", t.\"Verdict\" AS \"Answer\", t.\"Readiness\" AS \"Readiness\", t.\"Timing\" AS \"Timing\", " +
            $"CAST(SUM(t.\"Projects\") AS INTEGER) AS \"Projects\", CAST(SUM(t.\"Investment\") AS BIGINT) AS \"Investment\", CAST(SUM(t.\"Amount\") AS BIGINT) AS \"Amount\", " +
            $"MIN(NULLIF(t.\"OpensOn\", '')){date} AS \"OpensOn\", MIN(NULLIF(t.\"ClosesOn\", '')){date} AS \"ClosesOn\" " +
            $"FROM ({answers.Totals}) t{where} GROUP BY t.\"ChannelId\", t.\"Verdict\", t.\"Readiness\", t.\"Timing\" HAVING SUM(t.\"Projects\") <> 0";
        var rows = await db.Database.SqlQueryRaw<SummedAnswerRow>(sql, values).ToListAsync(cancellationToken);
        return rows.Select(r => new AnswerTotal(r.ChannelId, r.Answer, r.Projects, r.Investment / Units, r.Amount / Units)
        {
            Readiness = r.Readiness,
            Timing = r.Timing,
            OpensOn = r.OpensOn,
            ClosesOn = r.ClosesOn,
        }).ToList();
    }

    /// <summary>The kept sums' money unit: ten-thousandths of 万元 (<see cref="IMatchAnswersSql.Totals"/>).</summary>
    private const decimal Units = 10000m;

    private static IReadOnlyList<GroupTotal> Sorted(IEnumerable<GroupTotal> groups) =>
        groups.OrderByDescending(g => g.Investment).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
}
