using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Reserve.Review.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class ReviewDesignTimeFactory : IDesignTimeDbContextFactory<ReviewDbContext>
{
    public ReviewDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ReviewDbContext>()
        .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable(ReviewDbContext.HistoryTable))
        .Options);
}
