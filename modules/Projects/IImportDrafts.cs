namespace Reserve.Projects;

/// <summary>
/// Uploaded files waiting between an import's preview and the user's choice, for 30 minutes, each visible only to
/// the user who uploaded it. Kept in the shared database, so the choice may reach another host instance than the
/// preview did (no session affinity needed behind a load balancer).
/// </summary>
public interface IImportDrafts
{
    /// <summary>Keeps the file and returns the token that finds it again; drafts past their time are removed.</summary>
    Task<string> KeepAsync(string user, string fileName, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>The user's draft of that token, or null when it is someone else's, past its time, or gone.</summary>
    Task<ImportDraft?> FindAsync(string token, string user, CancellationToken cancellationToken = default);

    /// <summary>Removes the user's draft of that token (someone else's stays).</summary>
    Task DiscardAsync(string token, string user, CancellationToken cancellationToken = default);
}

public sealed record ImportDraft(string User, string FileName, byte[] Content, DateTime KeptAtUtc);
