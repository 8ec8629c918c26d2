using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reserve.Persistence;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Storage;

/// <summary>One group's row of a kept table, money in ten-thousandths.</summary>
internal sealed record KeptRow(string? Name, int Projects, long Investment, long AnnualPlan);

/// <summary>One (channel, answers) row of the kept sums: the eligibility answer with readiness and timing, money in ten-thousandths.</summary>
internal sealed record SummedAnswerRow(string ChannelId, string Answer, string Readiness, string Timing, int Projects, long Investment, long Amount, DateOnly? OpensOn, DateOnly? ClosesOn);

/// <summary>
/// <see cref="ReserveTotals"/> read from the sums kept on write — the reserve's own (migration KeptTotals) and the
/// answers' module's (<see cref="IMatchAnswersSql.Totals"/>) — grouped once more by department or not: a few hundred
/// rows whatever the size of the reserve. Money is kept in ten-thousandths as integers, so the sums are exact on both
/// providers.
/// </summary>
internal sealed class ReserveTotalsQuery(ProjectsDbContext db, IMatchAnswersSql? answers)
{
    private const string Mark = "（系统）";

    private bool Postgres => db is PostgresProjectsDbContext;

    public async Task<ReserveTotals> RunAsync(string? department, CancellationToken cancellationToken)
    {
        var byDepartment = await KeptAsync("reserve_totals_fields", "Department", department, cancellationToken);
        var byField = await KeptAsync("reserve_totals_fields", "Field", department, cancellationToken);
        var byTag = await KeptAsync("reserve_totals_tags", "Tag", department, cancellationToken);
        return new ReserveTotals(
            byDepartment.Sum(g => g.Projects),
            byDepartment.Sum(g => g.Investment),
            byDepartment.Sum(g => g.AnnualPlan),
            Sorted(byDepartment),
            Sorted(byField.Select(g => g with { Name = g.Name is { Length: > 0 } f ? ZhNames<ProjectField>.Of(Enum.Parse<ProjectField>(f)) : null })),
            Sorted(byTag.Where(g => g.Name is { Length: > 0 }).Select(g => g with { Name = g.Name![..^Mark.Length] })),
            byTag.FirstOrDefault(g => g.Name is "") is { } none ? none with { Name = null } : new GroupTotal(null, 0, 0m, 0m),
            await AnswersAsync(department, cancellationToken));
    }

    /// <summary>
    /// One kept table's rows summed by <paramref name="column"/> (of one department, or all): a few dozen rows kept on
    /// write by the triggers of migration KeptTotals, never the projects themselves.
    /// </summary>
    private async Task<IReadOnlyList<GroupTotal>> KeptAsync(string table, string column, string? department, CancellationToken cancellationToken)
    {
        var where = department is null ? "" : " AND t.\"Department\" = {0}";
        object[] values = department is null ? [] : [department];
        var sql = $"SELECT t.\"{column}\" AS \"Name\", CAST(SUM(t.\"Projects\") AS INTEGER) AS \"Projects\", CAST(SUM(t.\"Investment\") AS BIGINT) AS \"Investment\", " +
            $"CAST(SUM(t.\"AnnualPlan\") AS BIGINT) AS \"AnnualPlan\" FROM {table} t WHERE t.\"Projects\" <> 0{where} GROUP BY t.\"{column}\"";
        var rows = await db.Database.SqlQueryRaw<KeptRow>(sql, values).ToListAsync(cancellationToken);
        return rows.Select(r => new GroupTotal(r.Name, r.Projects, r.Investment / Units, r.AnnualPlan / Units)).ToList();
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
