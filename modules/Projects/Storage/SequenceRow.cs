namespace Reserve.Projects.Storage;

/// <summary>The next serial number of a reserve year, for ids such as 2027-0042.</summary>
internal sealed class SequenceRow
{
    public int Year { get; set; }
    public int Next { get; set; }
}
