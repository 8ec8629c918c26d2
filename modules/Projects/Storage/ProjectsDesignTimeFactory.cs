using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Reserve.Projects.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class ProjectsDesignTimeFactory : IDesignTimeDbContextFactory<ProjectsDbContext>
{
    public ProjectsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ProjectsDbContext>()
        .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable(ProjectsDbContext.HistoryTable))
        .Options);
}
