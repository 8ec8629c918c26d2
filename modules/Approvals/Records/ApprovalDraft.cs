using Reserve.Approvals.Limits;
using Reserve.Sdk.Projects;

namespace Reserve.Approvals.Records;

/// <summary>
/// What a user enters for an approval record. With <see cref="LimitBasis.Statutory"/> the days and their counting
/// come from the named statutory limit and <see cref="LimitDays"/>/<see cref="Counting"/> are ignored; with
/// <see cref="LimitBasis.Promised"/> they are the department's promise.
/// </summary>
public sealed record ApprovalDraft
{
    public string ProjectId { get; init; } = "";
    public PreWorkKind Item { get; init; }
    public string? Authority { get; init; }
    public DateOnly AppliedOn { get; init; }
    public LimitBasis Basis { get; init; } = LimitBasis.Promised;
    public string? StatutoryLimitId { get; init; }
    public int LimitDays { get; init; }
    public DayCounting Counting { get; init; } = DayCounting.WorkingDays;
    public int ExtensionDays { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public string? DocNumber { get; init; }
    public string? Note { get; init; }
    /// <summary>不见面审批.</summary>
    public bool Remote { get; init; }
    public IReadOnlyList<Commitment> Commitments { get; init; } = [];

    public static ApprovalDraft From(ApprovalRecord record) => new()
    {
        ProjectId = record.ProjectId,
        Item = record.Item,
        Authority = record.Authority,
        AppliedOn = record.AppliedOn,
        Basis = record.Basis,
        StatutoryLimitId = record.StatutoryLimitId,
        LimitDays = record.LimitDays,
        Counting = record.Counting,
        ExtensionDays = record.ExtensionDays,
        CompletedOn = record.CompletedOn,
        DocNumber = record.DocNumber,
        Note = record.Note,
        Remote = record.Remote,
        Commitments = record.Commitments.Select(Copy).ToList(),
    };

    /// <summary>Copies the typed fields onto <paramref name="record"/>, the statutory days from the catalog.</summary>
    internal void ApplyTo(ApprovalRecord record)
    {
        record.ProjectId = ProjectId.Trim();
        record.Item = Item;
        record.Authority = Clean(Authority);
        record.AppliedOn = AppliedOn;
        record.Basis = Basis;
        record.ExtensionDays = ExtensionDays;
        record.CompletedOn = CompletedOn;
        record.DocNumber = Clean(DocNumber);
        record.Note = Clean(Note);
        record.Remote = Remote;
        record.Commitments = Commitments.Select(Copy).ToList();
        if (Basis == LimitBasis.Statutory && StatutoryLimits.Find(StatutoryLimitId) is { } statutory)
        {
            record.StatutoryLimitId = statutory.Id;
            record.LimitDays = statutory.Days;
            record.Counting = statutory.Counting;
        }
        else
        {
            record.StatutoryLimitId = Basis == LimitBasis.Statutory ? StatutoryLimitId : null;
            record.LimitDays = LimitDays;
            record.Counting = Counting;
        }
    }

    private static Commitment Copy(Commitment c) => new() { Kind = c.Kind, Content = c.Content.Trim(), MadeOn = c.MadeOn, DueOn = c.DueOn, FulfilledOn = c.FulfilledOn };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
