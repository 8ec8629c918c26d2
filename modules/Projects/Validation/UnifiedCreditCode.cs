namespace Reserve.Projects.Validation;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (no I, O, Z, S, V); the last
/// is a check character over the first 17 with weights 3^i mod 31.
/// </summary>
internal static class UnifiedCreditCode
{
    public const int Length = 18;

    internal const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The check character the first 17 characters call for, or null when one of them is outside the charset.</summary>
    public static char? ExpectedCheckCharacter(string code)
    {
        if (code.Length < Length - 1)
        {
            return null;
        }
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var index = Charset.IndexOf(code[i], StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }
            sum += index * Weights[i];
        }
        var check = 31 - sum % 31;
        return Charset[check == 31 ? 0 : check];
    }

    /// <summary>The first character outside the charset, if any.</summary>
    public static char? FirstInvalidCharacter(string code)
    {
        foreach (var c in code)
        {
            if (!Charset.Contains(c, StringComparison.Ordinal))
            {
                return c;
            }
        }
        return null;
    }

    public static bool IsValid(string? code) =>
        code is { Length: Length }
        && FirstInvalidCharacter(code) is null
        && ExpectedCheckCharacter(code) == code[Length - 1];
}
