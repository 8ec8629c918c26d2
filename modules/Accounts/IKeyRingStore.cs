namespace Reserve.Accounts;

/// <summary>
/// The keys that protect sign-in cookies and anti-forgery tokens, kept in the shared database so that every host
/// instance behind a load balancer reads what another one signed, and a restart signs nobody out. The host's
/// data-protection system writes and reads them (as XML) through this.
/// </summary>
public interface IKeyRingStore
{
    /// <summary>Every key stored, oldest first.</summary>
    IReadOnlyList<string> All();

    void Add(string? friendlyName, string xml);
}
