namespace Reserve.Sdk.Facts;

/// <summary>The type of a fact, which decides how forms and imports read it.</summary>
public enum FactType
{
    Number,
    Integer,
    Boolean,
    Text,
    Date,
    /// <summary>One of a fixed list of Chinese words (the descriptor's options).</summary>
    Choice,
}
