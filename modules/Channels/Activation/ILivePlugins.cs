namespace Reserve.Channels.Activation;

/// <summary>
/// The plugins folder followed while the host runs: new folders loaded beside the running versions (waiting as
/// 待启用 with their golden cases run), versions no longer on disk released unless they serve or are kept for rollback.
/// </summary>
public interface ILivePlugins
{
    /// <summary>Looks at the folder now. <paramref name="complete"/>: folders known to be complete (installed by renaming), loaded without waiting for a second look.</summary>
    Task<PluginScan> ScanAsync(IReadOnlyCollection<string>? complete, CancellationToken cancellationToken);
}

/// <summary>What one look at the plugins folder changed.</summary>
/// <param name="Loaded">Versions loaded from folders that appeared or changed.</param>
/// <param name="Released">Versions dropped and unloaded: their folder is gone or holds something else, and they neither serve nor are kept for rollback.</param>
/// <param name="Waiting">Folders still changing (a copy under way): looked at again shortly.</param>
public sealed record PluginScan(IReadOnlyList<LoadedPlugin> Loaded, IReadOnlyList<LoadedPlugin> Released, int Waiting)
{
    public bool Changed => Loaded.Count > 0 || Released.Count > 0;
}
