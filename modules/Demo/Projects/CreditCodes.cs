using System.Text;
using Bogus;

namespace Reserve.Demo.Projects;

/// <summary>
/// Valid-looking 统一社会信用代码 (GB 32100-2015) for demo units: 登记管理部门 and 机构类别 codes from the
/// unit's legal form, the city's division code, a 9-character 组织机构代码 carrying its own GB 11714
/// check character, and the GB 32100 check character. The code is derived from the unit's name, so one
/// unit keeps one code across records and runs. Private to demo data: the validator lives elsewhere.
/// </summary>
internal static class CreditCodes
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static string For(UnitInfo unit)
    {
        // Seeded from a stable hash of the name (string.GetHashCode is randomised per process).
        var random = new Randomizer(StableSeed(unit.Name));
        var prefix = unit.Kind switch
        {
            UnitKind.Agency => "11",
            UnitKind.PublicInstitution => "12",
            UnitKind.Cooperative => "93",
            UnitKind.FamilyFarm => "92",
            _ => "91",
        };
        var body = new StringBuilder(8);
        // Companies registered since the reform get organisation codes beginning "MA".
        if ((unit.Kind is UnitKind.PrivateEnterprise or UnitKind.Cooperative or UnitKind.FamilyFarm) && random.Bool(0.6f))
        {
            body.Append("MA");
        }
        while (body.Length < 8)
        {
            // Mostly digits, as in real organisation codes; letters only from the GB 32100 charset.
            body.Append(random.Bool(0.85f) ? (char)('0' + random.Int(0, 9)) : Charset[random.Int(10, Charset.Length - 1)]);
        }
        var organization = body.ToString() + OrganizationCheck(body.ToString());
        var first17 = prefix + Jiayuguan.RegionCode + organization;
        return first17 + CheckCharacter(first17);
    }

    /// <summary>GB 32100 check character: index = (31 − Σ value·weight mod 31) mod 31 over the first 17.</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Charset.IndexOf(first17[i], StringComparison.Ordinal) * CreditWeights[i];
        }
        return Charset[(31 - sum % 31) % 31];
    }

    /// <summary>GB 11714 check character of an 8-character organisation code body: 11 − Σ mod 11, 10 → X, 11 → 0.</summary>
    public static char OrganizationCheck(string body8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body8[i];
            var value = c is >= '0' and <= '9' ? c - '0' : c - 'A' + 10;
            sum += value * OrganizationWeights[i];
        }
        return (11 - sum % 11) switch
        {
            10 => 'X',
            11 => '0',
            var d => (char)('0' + d),
        };
    }

    /// <summary>FNV-1a over the UTF-8 bytes: the same on every platform and in every process.</summary>
    private static int StableSeed(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }
        return (int)(hash & 0x7FFFFFFF);
    }
}
