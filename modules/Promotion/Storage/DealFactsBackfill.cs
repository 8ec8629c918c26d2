using Microsoft.EntityFrameworkCore;
using Reserve.Promotion.Deals;

namespace Reserve.Promotion.Storage;

/// <summary>
/// Writes the <see cref="DealFact"/> rows of deals stored before the rows existed (a database upgraded from an
/// earlier version), a batch at a time; once every deal has its rows this is one indexed look-up at start.
/// </summary>
internal static class DealFactsBackfill
{
    private const int Batch = 500;

    public static async Task<int> RunAsync(IDbContextFactory<PromotionDbContext> contexts, CancellationToken cancellationToken)
    {
        var written = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var deals = await db.Deals.AsNoTracking()
                .Where(d => !db.Facts.Any(f => f.DealId == d.Id && f.Kind == DealFactKind.Stage))
                .OrderBy(d => d.Id).Take(Batch).ToListAsync(cancellationToken);
            // A deal always has at least its first stage; one without history would be asked for again and again.
            var facts = deals.SelectMany(DealFact.Of).ToList();
            if (facts.Count == 0)
            {
                return written;
            }
            db.Facts.AddRange(facts);
            await db.SaveChangesAsync(cancellationToken);
            written += deals.Count;
            if (deals.Count < Batch)
            {
                return written;
            }
        }
    }
}
