using Reserve.Matching;
using Reserve.Projects.Web.Explanations;
using Reserve.Sdk.Rules;
using Xunit;

namespace Reserve.Web.Tests.Explanations;

/// <summary>How the project page words a rule, its source, its confidence and a channel's score for a clerk.</summary>
public sealed class ExplanationTests
{
    private static RuleOutcome Rule(RuleVerdict verdict, RuleKind kind = RuleKind.HardCondition, Confidence confidence = Confidence.Sourced, bool inferred = false) =>
        new("ZXZ-H-01", "资本金比例不低于要求", kind, verdict, "资本金比例 15%，低于要求的 20%。", "《国务院关于加强固定资产投资项目资本金管理的通知》（国发〔2019〕26号）",
            confidence, null, [], "维护者备注：见第三方转载", inferred);

    [Theory]
    [InlineData("https://www.gov.cn/zhengce/content/2019-11/27/content_5456170.htm")]
    [InlineData("https://www.ndrc.gov.cn/xxgk/zcfb/fzggwl/202601/t20260109_1403140.html")]
    [InlineData("http://czt.gansu.gov.cn/czt/c109/202301/abc.shtml")]
    [InlineData("https://gov.cn/a.html")]
    public void An_issuing_authoritys_own_page_is_linked(string url) => Assert.Equal(new Uri(url).AbsoluteUri, OfficialSites.Link(url));

    [Theory]
    [InlineData("http://www.hhdrillrig.com.cn/news/1.html")] // a drilling-rig maker
    [InlineData("http://www.kawaygolf.com/a.html")] // a golf shop
    [InlineData("http://bbs.bbs.yazhoubei8.com/t/1")] // a forum
    [InlineData("https://chaoyang.gov.cn/html/CYSZF/202305/0168480690447880.html")] // another city's repost
    [InlineData("https://pds.gov.cn/contents/7/155383.html")] // another province's notice
    [InlineData("https://ndrc.gov.cn.example.com/x")]
    [InlineData("ftp://www.gov.cn/a")]
    [InlineData("不是地址")]
    [InlineData(null)]
    public void Anything_else_is_left_unlinked(string? url) => Assert.Null(OfficialSites.Link(url));

    [Fact]
    public void A_rule_reads_as_one_sentence_with_the_requirement_the_value_and_the_outcome()
    {
        var sentence = RuleSentence.Of(Rule(RuleVerdict.Fail));
        Assert.Equal("资本金比例不低于要求：资本金比例 15%，低于要求的 20%——不满足，本渠道不能申报。", sentence);
        Assert.Single(sentence, c => c == '。');
        Assert.Contains("暂不作为不符合的依据", RuleSentence.Of(Rule(RuleVerdict.Fail, confidence: Confidence.Unverified)));
        Assert.Contains("评分降低", RuleSentence.Of(Rule(RuleVerdict.Fail, RuleKind.Scoring)));
        Assert.EndsWith("——满足要求。", RuleSentence.Of(Rule(RuleVerdict.Pass)));
        Assert.EndsWith("——缺少信息，补充后重新判断。", RuleSentence.Of(Rule(RuleVerdict.Unknown)));
        Assert.Equal("bad", RuleSentence.Css(Rule(RuleVerdict.Fail)));
        Assert.Equal("warn", RuleSentence.Css(Rule(RuleVerdict.Fail, inferred: true)));
    }

    [Theory]
    [InlineData(Confidence.Sourced, false, "有出处")]
    [InlineData(Confidence.CommonlyKnown, false, "通行做法")]
    [InlineData(Confidence.Unverified, false, "待核实")]
    [InlineData(Confidence.Sourced, true, "待核实")]
    public void Confidence_is_a_plain_word_with_its_meaning_on_hover(Confidence confidence, bool inferred, string word)
    {
        var (shown, hint, _) = ConfidenceWords.Of(confidence, inferred);
        Assert.Equal(word, shown);
        Assert.True(hint.Length > 10);
        Assert.DoesNotContain("[", shown + hint);
    }

    [Fact]
    public void A_long_source_is_folded_after_its_first_words()
    {
        var citation = new string('文', 120);
        Assert.True(SourceText.IsLong(citation));
        Assert.Equal(SourceText.Shown + 1, SourceText.Head(citation).Length);
        Assert.False(SourceText.IsLong("《政府投资条例》（国务院令第712号）"));
    }

    [Fact]
    public void The_scores_hover_text_adds_up_to_the_score()
    {
        IReadOnlyList<RuleOutcome> rules =
        [
            Rule(RuleVerdict.Pass), Rule(RuleVerdict.Pass), Rule(RuleVerdict.Pass), Rule(RuleVerdict.Fail),
            Rule(RuleVerdict.NotApplicable), Rule(RuleVerdict.Pass, RuleKind.Scoring), Rule(RuleVerdict.Fail, RuleKind.Scoring),
        ];
        // 70 × 3/4 = 52.5 for the conditions; the remaining 15 from the scoring rules.
        var match = new MatchResult("2027-0001", "测试项目", "special-bonds", "地方政府专项债券", "special-bonds", "1.0.0", new DateOnly(2026, 9, 1),
            MatchVerdict.Ineligible, 67.5m, null, null, rules, [], [], null);
        var text = ScoreParts.Explain(match);
        Assert.Contains("得分 67.5", text);
        Assert.Contains("3/4 条满足，得 52.5 分", text);
        Assert.Contains("评分项 2 条，得 15 分", text);
        Assert.Contains("先看结论", text);
    }

    private static MatchResult Match(MatchVerdict verdict, IReadOnlyList<RuleOutcome> rules, IReadOnlyList<MissingFact>? missing = null) =>
        new("2027-0001", "测试项目", "special-bonds", "地方政府专项债券", "special-bonds", "1.0.0", new DateOnly(2026, 9, 1),
            verdict, 50m, null, null, rules, missing ?? [], [], null);

    [Fact]
    public void A_folded_channel_says_why_it_answers_so_in_one_sentence()
    {
        static string Label(MissingFact f) => f.Label + "（字段）";
        // 不符合: the rule that decides it, not the scoring rule that failed first.
        Assert.Equal(RuleSentence.Of(Rule(RuleVerdict.Fail)),
            VerdictReason.Of(Match(MatchVerdict.Ineligible, [Rule(RuleVerdict.Fail, RuleKind.Scoring), Rule(RuleVerdict.Pass), Rule(RuleVerdict.Fail)]), Label));
        // 待核实: the objection that needs checking.
        Assert.Contains("暂不作为不符合的依据", VerdictReason.Of(Match(MatchVerdict.Unconfirmed, [Rule(RuleVerdict.Pass), Rule(RuleVerdict.Fail, confidence: Confidence.Unverified)]), Label));
        // 待补充信息: the missing facts by the names the form gives them, the first three and how many in all.
        var missing = new[] { new MissingFact("a", "环评批复"), new MissingFact("b", "用地预审"), new MissingFact("c", "资本金"), new MissingFact("d", "年度计划") };
        Assert.Equal("缺少环评批复（字段）、用地预审（字段）、资本金（字段）等 4 项，补充后重新判断。",
            VerdictReason.Of(Match(MatchVerdict.NeedsInformation, [Rule(RuleVerdict.Unknown)], missing), Label));
        Assert.Equal("缺少环评批复（字段），补充后重新判断。", VerdictReason.Of(Match(MatchVerdict.NeedsInformation, [Rule(RuleVerdict.Unknown)], missing[..1]), Label));
        // 符合: how many deciding conditions it meets (scoring rules do not decide).
        Assert.Equal("2 项硬性条件和排除情形均满足。",
            VerdictReason.Of(Match(MatchVerdict.Eligible, [Rule(RuleVerdict.Pass), Rule(RuleVerdict.Pass, RuleKind.Exclusion), Rule(RuleVerdict.Fail, RuleKind.Scoring)]), Label));
        Assert.All(Enum.GetValues<MatchVerdict>(), v => Assert.EndsWith("。", VerdictReason.Of(Match(v, []), Label)));
    }
}
