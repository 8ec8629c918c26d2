using System.Text.RegularExpressions;

namespace Reserve.Sdk.Projects;

/// <summary>
/// The shape of a 项目代码 (固定资产投资项目代码管理规范, 发改投资〔2020〕1439号; GB/T 40058-2021): five
/// segments joined by "-", 24 characters: 4-digit time code, 6-digit division code, 2-digit sector code,
/// 2-digit type code, 6-character serial. The legacy format (e.g. 2017-450114-48-01-900353) has the
/// same shape. The check character's algorithm is not in our sources, so only the shape is checked.
/// </summary>
public static partial class ProjectCodeFormat
{
    public const string Expected = "4位时间码-6位区划码-2位行业码-2位类型码-6位序列码，共24个字符";

    [GeneratedRegex(@"^\d{4}-[1-9]\d{5}-\d{2}-\d{2}-[0-9A-Z]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    public static bool IsWellFormed(string? code) => code is { Length: 24 } && Shape().IsMatch(code);
}
