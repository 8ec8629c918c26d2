using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Reserve.Persistence;

/// <summary>
/// What changed, asked once for every module at a time and shared by every request of this instance: each module names
/// the value that moves with its data (<see cref="ChangeSource"/>: its audit log's highest id, its rows' newest change),
/// and one statement reads them all. Before, every page asked its own module's value on each request — a statement,
/// a round trip to PostgreSQL, for a value that changes a few hundred times a day.
/// <para>
/// A reading is answered for at most <see cref="Freshness"/>, and never after a write made through this instance
/// (<see cref="Changed"/>, called by the modules' contexts after every committed write, see
/// <see cref="ChangeStampInterceptor"/>): a user sees their own change on their next page, and a change made by another
/// instance sharing the database, or written to the tables directly, within <see cref="Freshness"/> of its commit —
/// the bound <c>AccountsSnapshot</c> keeps for sessions. Requests that find the reading old together share one read and
/// wait for it.
/// </para>
/// <para>
/// A reading also holds what was worked out from it (<see cref="ChangeReading.OnceAsync{T}"/>): a figure no stamp
/// covers — a user's unread notifications, the overdue instructions — is read once per reading instead of once per
/// request, and so is exactly as fresh as the stamps.
/// </para>
/// </summary>
public sealed class ChangeStamps
{
    /// <summary>The longest a change made elsewhere goes unseen.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly DatabaseOptions _database;
    private readonly IReadOnlyList<ChangeSource> _sources;
    private readonly string? _sql;
    private readonly FreshValue<ChangeReading> _reading;
    private long _reads;

    public ChangeStamps(DatabaseOptions database, IEnumerable<ChangeSource> sources, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(clock);
        _database = database;
        _reading = new FreshValue<ChangeReading>(LoadAsync, Freshness, clock);
        // A module added twice to one service collection names its source twice: it is read once.
        _sources = sources.DistinctBy(s => s.Name, StringComparer.Ordinal).ToList();
        _sql = _sources.Count == 0 ? null : "SELECT " + string.Join(", ", _sources.Select((s, i) => $"({s.Sql}) AS \"s{i}\""));
    }

    /// <summary>How many readings were made (each one statement): for tests and diagnostics.</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>The stamps, read no earlier than <see cref="Freshness"/> ago and after this instance's last write.</summary>
    public Task<ChangeReading> ReadAsync(CancellationToken cancellationToken = default) => _reading.GetAsync(cancellationToken);

    /// <summary>A write through this instance was committed: the next request reads the stamps again.</summary>
    public void Changed() => _reading.Changed();

    // Shared by every waiting request, so it takes none's cancellation.
    private async Task<ChangeReading> LoadAsync()
    {
        Interlocked.Increment(ref _reads);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (_sql is null)
        {
            return new ChangeReading(values);
        }
        await using var connection = Connect();
        await connection.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
        await reader.ReadAsync(CancellationToken.None);
        for (var i = 0; i < _sources.Count; i++)
        {
            values[_sources[i].Name] = reader.IsDBNull(i) ? null : Text(reader.GetValue(i));
        }
        return new ChangeReading(values);
    }

    // On the modules' own connection string, so PostgreSQL hands out a connection of the same pool.
    private DbConnection Connect() => _database.IsPostgres
        ? new NpgsqlConnection(ReserveDatabase.ContextConnectionString(_database.ConnectionString))
        : new SqliteConnection(_database.ConnectionString);

    // Full precision: PostgreSQL hands back timestamps, whose text would drop everything below the second.
    private static string Text(object value) => value switch
    {
        DateTime at => at.Ticks.ToString(CultureInfo.InvariantCulture),
        DateTimeOffset at => at.UtcTicks.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}

/// <summary>One reading of every module's stamp, and what was worked out from it; shared between requests, so read-only.</summary>
public sealed class ChangeReading
{
    /// <summary>The most figures one reading keeps (keys name a user or a query, so none can grow it without bound).</summary>
    public const int Capacity = 1024;

    private readonly IReadOnlyDictionary<string, string?> _values;
    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _worked = new(StringComparer.Ordinal);

    internal ChangeReading(IReadOnlyDictionary<string, string?> values) => _values = values;

    /// <summary>The named source's value as text; null when the source found no row or no module registered it.</summary>
    public string? Text(string name) => _values.GetValueOrDefault(name);

    /// <summary>The named source's value as a number (an audit log's highest id); 0 when there is none.</summary>
    public long Number(string name) => Text(name) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : 0L;

    /// <summary>
    /// The value <paramref name="load"/> gives for <paramref name="key"/>, worked out once for this reading: requests
    /// asking the same share one load (which takes no request's cancellation). A failed load is not kept. Past
    /// <see cref="Capacity"/> keys, each request loads its own.
    /// </summary>
    public async Task<T> OnceAsync<T>(string key, Func<Task<T>> load, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!_worked.TryGetValue(key, out var held))
        {
            if (_worked.Count >= Capacity)
            {
                return await load().WaitAsync(cancellationToken);
            }
            held = _worked.GetOrAdd(key, _ => new Lazy<Task<object?>>(async () => await load(), LazyThreadSafetyMode.ExecutionAndPublication));
        }
        try
        {
            return (T)(await held.Value.WaitAsync(cancellationToken))!;
        }
        catch (Exception) when (held.Value.IsFaulted || held.Value.IsCanceled)
        {
            _worked.TryRemove(new KeyValuePair<string, Lazy<Task<object?>>>(key, held));
            throw;
        }
    }
}
