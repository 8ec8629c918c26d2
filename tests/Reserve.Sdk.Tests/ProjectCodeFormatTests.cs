using System.Text.RegularExpressions;
using Reserve.Sdk.Projects;
using Xunit;

namespace Reserve.Sdk.Tests;

/// <summary>The hand-written shape check answers exactly as the regular expression of the specification.</summary>
public sealed partial class ProjectCodeFormatTests
{
    [GeneratedRegex(@"^\d{4}-[1-9]\d{5}-\d{2}-\d{2}-[0-9A-Z]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Specification();

    // Characters that sit on either side of each class boundary: ASCII, full-width and Arabic-Indic digits, letters, signs.
    private const string Alphabet = "0123456789-AZaz@[/:GXI０９٣ \n数";

    [Fact]
    public void Agrees_with_the_specification_on_every_single_character_change_of_valid_codes()
    {
        string[] valid = ["2017-450114-48-01-900353", "2025-620200-48-01-00012X", "0000-100000-00-00-ZZZZZZ"];
        var checkedCodes = 0;
        foreach (var code in valid)
        {
            Assert.True(ProjectCodeFormat.IsWellFormed(code));
            for (var i = 0; i < code.Length; i++)
            {
                foreach (var c in Alphabet)
                {
                    var changed = string.Concat(code.AsSpan(0, i), c.ToString(), code.AsSpan(i + 1));
                    Assert.True(Specification().IsMatch(changed) == ProjectCodeFormat.IsWellFormed(changed), $"“{changed}”");
                    checkedCodes++;
                }
            }
        }
        Assert.True(checkedCodes > 2000);
    }

    [Fact]
    public void Agrees_with_the_specification_on_random_codes_and_lengths()
    {
        var random = new Random(20261015);
        for (var n = 0; n < 20_000; n++)
        {
            var length = random.Next(4) == 0 ? random.Next(0, 30) : 24;
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = i is 4 or 11 or 14 or 17 && random.Next(5) > 0 ? '-' : Alphabet[random.Next(Alphabet.Length)];
            }
            var code = new string(chars);
            Assert.True(Specification().IsMatch(code) == ProjectCodeFormat.IsWellFormed(code), $"“{code}”");
        }
        Assert.False(ProjectCodeFormat.IsWellFormed(null));
    }
}
