using Reserve.Sdk.Parameters;
using Reserve.Sdk.Rules;
using Reserve.Sdk.Standard;
using Xunit;

namespace Reserve.Sdk.Tests;

/// <summary>
/// A plugin writes each policy document once, in its manifest's sources: variants of a source (<c>basedOn</c>), of an
/// SDK baseline source (<c>baseline</c>), and parameters citing a source by id all read back as whole sources.
/// </summary>
public sealed class PolicySourceDataTests
{
    private const string Manifest = """
        {
          "id": "x",
          "sourceInference": "按推定套用",
          "sources": {
            "plan": { "basedOn": "materials", "noteAppend": "；以实施方案批复代替可研批复" },
            "materials": { "citation": "申报材料通知", "url": "http://example.invalid/m", "confidence": "sourced", "note": "第三方转载" },
            "dishonest": { "baseline": "dishonestExclusion", "note": "省级专项沿用" },
            "borrowedPlan": { "basedOn": "materials", "borrowed": true },
            "scope": { "citation": "专项范围", "confidence": "unverified" }
          }
        }
        """;

    private static readonly PolicySourceTable Sources = PolicySourceTable.Parse(Manifest);

    [Fact]
    public void A_variant_takes_its_base_and_changes_only_what_it_writes()
    {
        var plan = Sources["plan"];
        Assert.Equal("申报材料通知", plan.Citation);
        Assert.Equal("http://example.invalid/m", plan.Url);
        Assert.Equal(Confidence.Sourced, plan.Confidence);
        Assert.Equal("第三方转载；以实施方案批复代替可研批复", plan.Note);
    }

    [Fact]
    public void A_baseline_variant_keeps_the_sdk_citation_once()
    {
        var dishonest = Sources["dishonest"];
        Assert.Equal(BaselineSources.DishonestExclusion with { Note = "省级专项沿用" }, dishonest);
    }

    [Fact]
    public void A_borrowed_variant_is_marked_like_a_borrowed_source()
    {
        Assert.Equal(BorrowedRules.Mark(Sources["materials"], "按推定套用"), Sources["borrowedPlan"]);
        Assert.EndsWith(BorrowedRules.Marker, Sources["borrowedPlan"].Citation);
    }

    [Fact]
    public void The_table_lists_its_ids_and_answers_unknown_ones_without_throwing()
    {
        Assert.Equal(["borrowedPlan", "dishonest", "materials", "plan", "scope"], Sources.Ids.Order(StringComparer.Ordinal));
        Assert.False(Sources.TryGet("nope", out _));
        Assert.Throws<KeyNotFoundException>(() => Sources["nope"]);
    }

    [Theory]
    [InlineData("""{ "sources": { "a": { "basedOn": "b" } } }""", "basedOn“b”不在")]
    [InlineData("""{ "sources": { "a": { "basedOn": "b" }, "b": { "basedOn": "a" } } }""", "循环引用")]
    [InlineData("""{ "sources": { "a": { "baseline": "noSuchThing" } } }""", "不是 SDK 的基础出处")]
    [InlineData("""{ "sources": { "a": { "basedOn": "b", "confidence": "maybe" }, "b": { "citation": "c", "confidence": "sourced" } } }""", "可信度")]
    public void Bad_variants_are_refused_naming_the_source(string json, string expected)
    {
        var message = Assert.Throws<FormatException>(() => PolicySourceTable.Parse(json)).Message;
        Assert.Contains(expected, message);
        Assert.Contains("出处 a", message);
    }

    private const string Parameters = """
        {
          "parameters": {
            "byId": { "label": "甲", "source": "scope", "values": { "2020-01-01": 1 } },
            "variant": { "label": "乙", "source": { "basedOn": "materials", "note": "参数自己的说明" }, "values": { "2020-01-01": 2 } },
            "whole": { "label": "丙", "source": { "citation": "另一文件", "confidence": "commonly-known" }, "values": { "2020-01-01": 3 } }
          }
        }
        """;

    [Fact]
    public void A_parameter_cites_a_manifest_source_by_id_or_as_a_variant()
    {
        var table = ParameterTable.Parse(Parameters, Sources);
        Assert.Same(Sources["scope"], table.Decimal("byId").Info.Source);
        Assert.Equal(Sources["materials"] with { Note = "参数自己的说明" }, table.Decimal("variant").Info.Source);
        Assert.Equal(PolicySource.CommonlyKnown("另一文件"), table.Decimal("whole").Info.Source);
    }

    [Fact]
    public void A_parameter_citing_an_unknown_id_is_refused_naming_the_parameter()
    {
        var json = """{ "parameters": { "k": { "label": "甲", "source": "nope", "values": { "2020-01-01": 1 } } } }""";
        var message = Assert.Throws<FormatException>(() => ParameterTable.Parse(json, Sources)).Message;
        Assert.Contains("参数 k", message);
        Assert.Contains("nope", message);
    }

    [Fact]
    public void A_parameters_file_read_alone_still_reads_whole_sources_and_refuses_ids()
    {
        Assert.Equal("另一文件", ParameterTable.Parse(Parameters.Replace("\"source\": \"scope\", ", "").Replace("\"source\": { \"basedOn\": \"materials\", \"note\": \"参数自己的说明\" }, ", "")).Decimal("whole").Info.Source!.Citation);
        Assert.Contains("须与插件清单一同读取", Assert.Throws<FormatException>(() => ParameterTable.Parse(Parameters)).Message);
    }
}
