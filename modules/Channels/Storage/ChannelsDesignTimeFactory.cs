using Microsoft.EntityFrameworkCore.Design;
using Reserve.Persistence;

namespace Reserve.Channels.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context ChannelsDbContext</c> build the SQLite context without the host.</summary>
internal sealed class ChannelsDesignTimeFactory : IDesignTimeDbContextFactory<ChannelsDbContext>
{
    public ChannelsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<ChannelsDbContext>(DatabaseProvider.Sqlite, ChannelsDbContext.HistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresChannelsDbContext</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresChannelsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresChannelsDbContext>
{
    public PostgresChannelsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PostgresChannelsDbContext>(DatabaseProvider.Postgres, ChannelsDbContext.HistoryTable));
}
