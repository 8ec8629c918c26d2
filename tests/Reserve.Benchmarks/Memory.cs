using System.Diagnostics;

namespace Reserve.Benchmarks;

/// <summary>The process's resident memory from /proc/self/status, and its peak reset for one measured step.</summary>
internal static class Memory
{
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static long Rss() => Status("VmRSS:") ?? Environment.WorkingSet;

    public static long Peak() => Status("VmHWM:") ?? Process.GetCurrentProcess().PeakWorkingSet64;

    private static long? Status(string field)
    {
        if (!File.Exists("/proc/self/status"))
        {
            return null;
        }
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0]) * 1024;
    }
}
