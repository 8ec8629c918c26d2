namespace Reserve.Sdk.Projects;

/// <summary>
/// The shape of a 项目代码 (固定资产投资项目代码管理规范, 发改投资〔2020〕1439号; GB/T 40058-2021): five
/// segments joined by "-", 24 characters: 4-digit time code, 6-digit division code, 2-digit sector code,
/// 2-digit type code, 6-character serial. The legacy format (e.g. 2017-450114-48-01-900353) has the
/// same shape. The check character's algorithm is not in our sources, so only the shape is checked.
/// </summary>
public static class ProjectCodeFormat
{
    public const string Expected = "4位时间码-6位区划码-2位行业码-2位类型码-6位序列码，共24个字符";

    /// <summary>
    /// The shape <c>^\d{4}-[1-9]\d{5}-\d{2}-\d{2}-[0-9A-Z]{6}$</c>, checked character by character: every
    /// channel checks the code of every project, and a regular expression costs several times this loop.
    /// <c>\d</c> is any Unicode decimal digit, as in .NET regular expressions (the tests hold the two equal).
    /// </summary>
    public static bool IsWellFormed(string? code)
    {
        if (code is not { Length: 24 })
        {
            return false;
        }
        for (var i = 0; i < 24; i++)
        {
            var c = code[i];
            var ok = i switch
            {
                4 or 11 or 14 or 17 => c == '-',
                5 => c is >= '1' and <= '9',
                >= 18 => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c),
                _ => char.IsDigit(c),
            };
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }
}
