using System.Runtime;

namespace Reserve.Benchmarks;

/// <summary>
/// Generating a demo project allocates several times its own size in temporaries, so the records a generator
/// leaves behind lie scattered among dead objects; records read from the database, and RulesEngine's flat inputs
/// built in one loop, lie together. One blocking, compacting collection after generation packs the records as a
/// loaded reserve would be, so no contender is timed on a worse memory layout than another.
/// </summary>
internal static class Locality
{
    public static void Compact()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
