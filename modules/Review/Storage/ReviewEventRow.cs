namespace Reserve.Review.Storage;

internal sealed class ReviewEventRow
{
    public long Id { get; set; }
    public int Year { get; set; }
    public string Department { get; set; } = "";
    public string? ProjectId { get; set; }
    public string Action { get; set; } = "";
    public string? Reason { get; set; }
    public string Actor { get; set; } = "";
    public DateTime AtUtc { get; set; }

    public ReviewEvent ToEvent() => new(Id, Year, Department, ProjectId, Action, Reason, Actor, AtUtc);
}
