namespace Reserve.Projects.Storage;

internal sealed class ImportDraftRow
{
    public string Token { get; set; } = "";

    public string User { get; set; } = "";

    public string FileName { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime KeptAtUtc { get; set; }
}
