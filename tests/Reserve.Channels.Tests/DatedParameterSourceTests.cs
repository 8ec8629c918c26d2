using Reserve.Channels.Validation;
using Xunit;

namespace Reserve.Channels.Tests;

/// <summary>
/// The drop-in check of parameters.json accepts a parameter citing a manifest source by id (the loader resolves the id)
/// and still refuses a parameter without any source.
/// </summary>
public sealed class DatedParameterSourceTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"reserve-parameters-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_file);

    [Theory]
    [InlineData("\"scope\"")]
    [InlineData("{ \"basedOn\": \"scope\", \"note\": \"参数自己的说明\" }")]
    [InlineData("{ \"citation\": \"某文件\", \"confidence\": \"sourced\" }")]
    public void A_source_by_id_variant_or_written_out_passes(string source)
    {
        File.WriteAllText(_file, $$"""{ "parameters": { "k": { "label": "甲", "source": {{source}}, "values": { "2020-01-01": 1 } } } }""");
        Assert.Empty(DatedParameterCheck.Run(_file));
    }

    [Theory]
    [InlineData(", \"source\": 3")]
    [InlineData("")]
    public void A_parameter_without_a_source_is_refused(string source)
    {
        File.WriteAllText(_file, $$"""{ "parameters": { "k": { "label": "甲"{{source}}, "values": { "2020-01-01": 1 } } } }""");
        Assert.Contains(DatedParameterCheck.Run(_file), p => p.Contains("参数 k 没有出处", StringComparison.Ordinal));
    }
}
