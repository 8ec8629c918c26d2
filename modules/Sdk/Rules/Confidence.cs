using Reserve.Sdk.Projects;

namespace Reserve.Sdk.Rules;

/// <summary>How far a rule's policy source has been checked.</summary>
public enum Confidence
{
    /// <summary>[S], [S-law], [S-code]: quoted or paraphrased from a page or statute whose address is given.</summary>
    [ZhName("有出处")] Sourced,
    /// <summary>[CK]: widely cited, not checked against the official text.</summary>
    [ZhName("通行做法")] CommonlyKnown,
    /// <summary>[NF] or no source at all: must be checked before the rule is relied upon.</summary>
    [ZhName("未核实")] Unverified,
}
