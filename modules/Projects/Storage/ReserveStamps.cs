using Microsoft.Extensions.DependencyInjection;
using Reserve.Persistence;

namespace Reserve.Projects.Storage;

/// <summary>The values the reserve's kept lists and totals are keyed on, read with every module's by <see cref="ChangeStamps"/>.</summary>
internal static class ReserveStamps
{
    /// <summary>The audit log's highest id: every save, import, withdrawal and restore adds a row.</summary>
    public const string Audit = "reserve.audit";

    /// <summary>The newest project change (the kept totals move with it).</summary>
    public const string Updated = "reserve.updated";

    /// <summary>The newest stored match answer (<see cref="IMatchAnswersSql.LastChanged"/>): a re-match writes no audit row.</summary>
    public const string Answers = "reserve.answers";

    public static IServiceCollection AddReserveStamps(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddChangeStamps(database,
            new ChangeSource(Audit, """SELECT MAX("Id") FROM reserve_audit"""),
            new ChangeSource(Updated, $"SELECT MAX(\"{ProjectsDbContext.UpdatedAtProperty}\") FROM reserve_projects"));
        // The answers are another module's, which may be off: then there is nothing to stamp.
        services.AddSingleton(sp => new ChangeSource(Answers, sp.GetService<IMatchAnswersSql>()?.LastChanged ?? "SELECT NULL"));
        return services;
    }

    /// <summary>The kept totals' stamp: the newest project change and the newest stored answer.</summary>
    public static string Totals(ChangeReading reading, bool withAnswers) =>
        (reading.Text(Updated) ?? "-") + (withAnswers ? "|" + (reading.Text(Answers) ?? "-") : "");
}
