using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Reserve.Host.Web.Imports;

/// <summary>
/// Uploaded files waiting between the preview and the user's choice, for 30 minutes, each visible only to
/// the user who uploaded it. Kept in this instance's memory: behind a load balancer the import pages need
/// session affinity (the import itself then runs as a background job stored in the shared database).
/// </summary>
internal sealed class ImportDrafts(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly ConcurrentDictionary<string, ImportDraft> _drafts = new(StringComparer.Ordinal);

    public string Keep(string user, string fileName, byte[] content)
    {
        Sweep();
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _drafts[token] = new ImportDraft(user, fileName, content, clock.GetUtcNow());
        return token;
    }

    public ImportDraft? Find(string token, string user) =>
        _drafts.TryGetValue(token, out var draft) && draft.User == user && clock.GetUtcNow() - draft.At < Lifetime ? draft : null;

    public void Discard(string token) => _drafts.TryRemove(token, out _);

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (token, draft) in _drafts)
        {
            if (now - draft.At >= Lifetime)
            {
                _drafts.TryRemove(token, out _);
            }
        }
    }
}

internal sealed record ImportDraft(string User, string FileName, byte[] Content, DateTimeOffset At);
