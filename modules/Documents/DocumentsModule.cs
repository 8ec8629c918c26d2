namespace Reserve.Documents;

/// <summary>Entry points of the documents module (no DI needed: everything is constructed directly).</summary>
public static class DocumentsModule
{
    /// <summary>The shared templates folder beside the host executable (the build copies <c>templates/</c> there).</summary>
    public static string DefaultSharedFolder(string baseDirectory) => Path.Combine(baseDirectory, "templates", "shared");

    public static DocumentRenderer CreateRenderer(TimeProvider? time = null) => new(time);

    public static DocumentBatch CreateBatch(TimeProvider? time = null) => new(new DocumentRenderer(time), time);
}
