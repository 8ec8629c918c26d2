using System.Diagnostics;
using FsCheck;

namespace Reserve.Testing.Fuzzing;

/// <summary>
/// How long the fuzzers run. In the ordinary test run: a fixed number of cases from a fixed seed, so a failure
/// repeats. On demand: <c>RESERVE_FUZZ_CASES</c> (cases per round), <c>RESERVE_FUZZ_SEED</c> (the first round's seed)
/// and <c>RESERVE_FUZZ_SECONDS</c> (keep running rounds with the next seeds until the time is spent), e.g.
/// <c>RESERVE_FUZZ_SECONDS=1800 dotnet test tests/Reserve.Projects.Tests --filter Fuzz</c>. A failure names the seed to replay.
/// </summary>
internal static class FuzzBudget
{
    public const ulong DefaultSeed = 20261207;

    /// <summary>The longest one input may take before it counts as a hang.</summary>
    public static readonly TimeSpan PerInput = TimeSpan.FromSeconds(20);

    public static int Cases(int ordinary) => int.TryParse(Environment.GetEnvironmentVariable("RESERVE_FUZZ_CASES"), out var n) && n > 0 ? n : ordinary;

    /// <summary>Runs <paramref name="check"/> with a config per round: one round, or rounds until RESERVE_FUZZ_SECONDS is spent.</summary>
    public static void Run(int ordinaryCases, Action<Config> check)
    {
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("RESERVE_FUZZ_SEED"), out var s) ? s : DefaultSeed;
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("RESERVE_FUZZ_SECONDS"), out var t) ? t : 0;
        var clock = Stopwatch.StartNew();
        do
        {
            // Gamma must be odd for FsCheck's splittable generator.
            var config = Config.QuickThrowOnFailure.WithMaxTest(Cases(ordinaryCases)).WithReplay(seed, 0x9E3779B97F4A7C15UL).WithQuietOnSuccess(true);
            try
            {
                check(config);
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"fuzzing failed with RESERVE_FUZZ_SEED={seed}: {ex.Message}", ex);
            }
            seed++;
        }
        while (clock.Elapsed.TotalSeconds < seconds);
    }

    /// <summary>Runs one input with the hang limit; the input's own exception surfaces as it is.</summary>
    public static T WithinLimit<T>(Func<T> work, string what)
    {
        var task = Task.Run(work);
        if (!task.Wait(PerInput))
        {
            throw new TimeoutException($"{what} took longer than {PerInput.TotalSeconds} s (a hang)");
        }
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Whether a message is written for a Chinese reader (at least one CJK character).</summary>
    public static bool IsChinese(string? message) => message is not null && message.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
