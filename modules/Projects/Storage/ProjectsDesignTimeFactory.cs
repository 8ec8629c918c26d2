using Microsoft.EntityFrameworkCore.Design;
using Reserve.Persistence;

namespace Reserve.Projects.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context ProjectsDbContext</c> build the SQLite context without the host.</summary>
internal sealed class ProjectsDesignTimeFactory : IDesignTimeDbContextFactory<ProjectsDbContext>
{
    public ProjectsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<ProjectsDbContext>(DatabaseProvider.Sqlite, ProjectsDbContext.HistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresProjectsDbContext</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresProjectsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresProjectsDbContext>
{
    public PostgresProjectsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PostgresProjectsDbContext>(DatabaseProvider.Postgres, ProjectsDbContext.HistoryTable));
}
