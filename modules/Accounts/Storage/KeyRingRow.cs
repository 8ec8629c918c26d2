namespace Reserve.Accounts.Storage;

/// <summary>One key of the sign-in key ring, as the data-protection system writes it (an XML element).</summary>
internal sealed class KeyRingRow
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = "";
}
