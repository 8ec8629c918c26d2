namespace Reserve.Persistence;

/// <summary>The database engines the reserve runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the executable: one office, one host instance (the embedded default).</summary>
    Sqlite,

    /// <summary>A shared server: several host instances behind a load balancer.</summary>
    Postgres,
}
