using Microsoft.EntityFrameworkCore.Design;
using Reserve.Persistence;

namespace Reserve.Instructions.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context InstructionsDbContext</c> build the SQLite context without the host.</summary>
internal sealed class InstructionsDesignTimeFactory : IDesignTimeDbContextFactory<InstructionsDbContext>
{
    public InstructionsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<InstructionsDbContext>(DatabaseProvider.Sqlite, InstructionsDbContext.HistoryTable));
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresInstructionsDbContext</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresInstructionsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresInstructionsDbContext>
{
    public PostgresInstructionsDbContext CreateDbContext(string[] args) =>
        new(ReserveDatabase.DesignTimeOptions<PostgresInstructionsDbContext>(DatabaseProvider.Postgres, InstructionsDbContext.HistoryTable));
}
