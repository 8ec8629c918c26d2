namespace Reserve.Matching.Golden;

/// <summary>The outcome of one plugin's golden cases.</summary>
public sealed record GoldenReport(string PluginId, string PluginVersion, IReadOnlyList<GoldenCaseResult> Cases, IReadOnlyList<string> Problems)
{
    public int Passed => Cases.Count(c => c.Passed);
    public int Failed => Cases.Count(c => !c.Passed);

    /// <summary>True when every case passed and nothing else is wrong (a channel without cases counts as wrong).</summary>
    public bool Succeeded => Problems.Count == 0 && Failed == 0 && Cases.Count > 0;
}

/// <summary>One case: where it is, and every difference between expected and actual, in Chinese.</summary>
public sealed record GoldenCaseResult(string File, int Index, string Name, string ChannelId, IReadOnlyList<string> Differences)
{
    public bool Passed => Differences.Count == 0;
}
