using Microsoft.EntityFrameworkCore.Design;
using Reserve.Persistence;

namespace Reserve.Jobs.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context JobsDbContext</c> build the SQLite context without the host.</summary>
internal sealed class JobsDesignTimeFactory : IDesignTimeDbContextFactory<JobsDbContext>
{
    public JobsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<JobsDbContext>(DatabaseProvider.Sqlite, JobsDbContext.HistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresJobsDbContext</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresJobsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresJobsDbContext>
{
    public PostgresJobsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PostgresJobsDbContext>(DatabaseProvider.Postgres, JobsDbContext.HistoryTable));
}
