using System.Globalization;
using Reserve.Instructions;

namespace Reserve.Promotion.Web;

/// <summary>招商 deals as what a leader's instruction can be written on (领导批示), found by id or name.</summary>
internal sealed class DealInstructionSubjects(IPromotionService promotion) : IInstructionSubjects
{
    public SubjectKind Kind => SubjectKind.Deal;

    public async Task<InstructionSubject?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var dealId) && await promotion.FindAsync(dealId, cancellationToken) is { } stored
            ? Subject(stored)
            : null;

    public async Task<IReadOnlyList<InstructionSubject>> SearchAsync(string? text, string? leaderName, int take, CancellationToken cancellationToken = default) =>
        (await promotion.ListAsync(new DealQuery(Search: string.IsNullOrWhiteSpace(text) ? null : text.Trim(), Take: take), cancellationToken)).Select(Subject).ToList();

    private static InstructionSubject Subject(StoredDeal stored) =>
        new(SubjectKind.Deal, stored.Deal.Id.ToString(CultureInfo.InvariantCulture), stored.Deal.Name, stored.Deal.Department, $"/promotion/deals/{stored.Deal.Id}");
}
