using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Standard;

/// <summary>
/// A programme that routes projects to national channels, described by its own words: the prefix of its rule ids,
/// the name and content of its scope, and the sources its rules cite. <see cref="RoutedProgramRules.Build"/> turns
/// it into the rules every such programme shares.
/// </summary>
public sealed record RoutedProgram(string IdPrefix, string Name, string Content, string Subject, string Inference)
{
    public required PolicySource Scope { get; init; }
    public required PolicySource BondBalance { get; init; }
    public required PolicySource NationalChannels { get; init; }
    public required PolicySource Materials { get; init; }

    /// <summary>The 失信 exclusion of 中央预算内 practice, borrowed like the baseline.</summary>
    public PolicySource Dishonest => BorrowedRules.Mark(BaselineSources.DishonestExclusion, Inference);

    /// <summary>The weight of the hint that the plan counts on a national channel.</summary>
    public decimal NationalChannelWeight { get; init; } = 10m;

    /// <summary>The programme's works are 核准 projects, whose 核准 lapses when not started in time.</summary>
    public bool AuthorizationMayLapse { get; init; }

    /// <summary>
    /// The programme with the sources its manifest keeps under the ids <c>scope</c>, <c>bondBalance</c>,
    /// <c>nationalChannels</c> and <c>materials</c>, and its <c>sourceInference</c>.
    /// </summary>
    public static RoutedProgram From(PolicySourceTable sources, string idPrefix, string name, string content, string subject) =>
        new(idPrefix, name, content, subject, sources.Inference)
        {
            Scope = sources["scope"],
            BondBalance = sources["bondBalance"],
            NationalChannels = sources["nationalChannels"],
            Materials = sources["materials"],
        };
}
