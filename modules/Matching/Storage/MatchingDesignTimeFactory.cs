using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Reserve.Matching.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class MatchingDesignTimeFactory : IDesignTimeDbContextFactory<MatchingDbContext>
{
    public MatchingDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<MatchingDbContext>()
        .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable(MatchingDbContext.HistoryTable))
        .Options);
}
