using Xunit;

namespace Reserve.Plugins.Conformance;

/// <summary>
/// The scope rules of the 中央预算内投资 and 政策性金融工具 plugins search a word ordinally instead of
/// ignoring case when none of its characters has a case mapping (ToUpperInvariant(c) == c == ToLowerInvariant(c)),
/// because ignoring case is a slow search on Chinese text. That is only the same answer if no other character
/// equals such a character ignoring case; this checks it for every character of the Basic Multilingual Plane
/// against .NET's own OrdinalIgnoreCase.
/// </summary>
public sealed class CaselessWordTests
{
    [Fact]
    public void A_character_without_case_mappings_equals_only_itself_ignoring_case()
    {
        var comparer = StringComparer.OrdinalIgnoreCase;
        var buckets = new Dictionary<int, List<char>>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                continue;
            }
            // Strings equal ignoring case have equal hash codes under the same comparer, so only a bucket can hold a rival.
            var hash = comparer.GetHashCode(c.ToString());
            if (!buckets.TryGetValue(hash, out var bucket))
            {
                buckets[hash] = bucket = [];
            }
            bucket.Add(c);
        }
        var caseless = 0;
        foreach (var bucket in buckets.Values)
        {
            foreach (var c in bucket.Where(c => char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c))
            {
                caseless++;
                var rivals = bucket.Where(d => d != c && comparer.Equals(d.ToString(), c.ToString())).ToList();
                Assert.True(rivals.Count == 0, $"U+{(int)c:X4} 与 {string.Join("、", rivals.Select(d => $"U+{(int)d:X4}"))} 忽略大小写相等");
            }
        }
        Assert.True(caseless > 60_000);
        Assert.True(comparer.Equals("ａ", "Ａ"), "全角字母有大小写，不能按序数比较");
    }

    [Theory]
    [InlineData("城市燃气管道老化更新改造", "老化", true)]
    [InlineData("城市燃气管道老化更新改造", "老旧", false)]
    [InlineData("ＡＩ算力中心", "ａｉ算力", true)]
    public void Searching_as_the_plugins_do_gives_the_answer_of_ignoring_case(string text, string word, bool expected)
    {
        var comparison = word.All(c => char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        Assert.Equal(expected, text.Contains(word, comparison));
        Assert.Equal(text.Contains(word, StringComparison.OrdinalIgnoreCase), text.Contains(word, comparison));
    }
}
