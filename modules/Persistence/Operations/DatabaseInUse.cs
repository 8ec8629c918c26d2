namespace Reserve.Persistence.Operations;

/// <summary>
/// A mark that a web host has the SQLite database open, so that a restore refuses to swap the file under it. Each
/// host holds a shared lock on a file beside the database for as long as it runs (the operating system drops it when
/// the process dies, even by a kill); a restore needs the lock exclusively.
/// </summary>
public static class DatabaseInUse
{
    /// <summary>Held until disposed (for the host's lifetime); null for PostgreSQL or an in-memory database.</summary>
    public static IDisposable? Hold(DatabaseOptions database)
    {
        if (database.SqliteFile is not { } file)
        {
            return null;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            return new FileStream(MarkerOf(file), FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
        }
        catch (IOException ex)
        {
            throw new IOException($"数据库 {file} 正在被恢复（restore 命令），恢复完成后再启动", ex);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> while no host can have the database open (nor start on it), or returns false
    /// without running it when one has.
    /// </summary>
    public static async Task<bool> WhileUnusedAsync(string sqliteFile, Func<Task> work)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(sqliteFile)!);
        FileStream exclusive;
        try
        {
            exclusive = new FileStream(MarkerOf(sqliteFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return false;
        }
        await using (exclusive)
        {
            await work();
        }
        return true;
    }

    private static string MarkerOf(string file) => file + ".in-use";
}
