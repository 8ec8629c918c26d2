namespace Reserve.Channels.Activation;

/// <summary>
/// Which version of each plugin serves and whether the plugin is switched on, kept in the database so every
/// instance follows; every change is audited. Without a row a plugin serves its default version
/// (<see cref="ChannelCatalog"/>), so a database from before activations behaves as it did.
/// </summary>
public interface IPluginActivation
{
    /// <summary>Every loaded version with its state, in catalog order.</summary>
    Task<IReadOnlyList<PluginVersionStatus>> VersionsAsync(CancellationToken cancellationToken);

    /// <summary>Makes the version serve; refused when it failed to load or its golden cases fail.</summary>
    Task<ActivationOutcome> ActivateAsync(string pluginId, string version, string actor, int? expectedRevision, CancellationToken cancellationToken);

    /// <summary>Serves the version that served before the last activation again.</summary>
    Task<ActivationOutcome> RestoreAsync(string pluginId, string actor, int? expectedRevision, CancellationToken cancellationToken);

    /// <summary>Switches the whole plugin on or off (off: none of its channels serves).</summary>
    Task<ActivationOutcome> SetEnabledAsync(string pluginId, bool enabled, string actor, int? expectedRevision, CancellationToken cancellationToken);

    /// <summary>The audited changes, newest first.</summary>
    Task<(int Total, IReadOnlyList<ActivationChange> Changes)> ChangesAsync(int skip, int take, CancellationToken cancellationToken);

    /// <summary>Writes an entry of the plugins' audit log that changes no activation (a package installed, say).</summary>
    Task AuditAsync(string pluginId, string action, string actor, string after, string detail, CancellationToken cancellationToken);

    /// <summary>A flip report kept with an activation in the audit log; null when there is none with that id.</summary>
    Task<StoredFlipReport?> FlipReportAsync(long id, CancellationToken cancellationToken);

    /// <summary>Reads the activation table and makes the catalog serve what it says (one atomic swap).</summary>
    Task RefreshAsync(CancellationToken cancellationToken);
}
