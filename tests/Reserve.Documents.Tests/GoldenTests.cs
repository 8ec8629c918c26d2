namespace Reserve.Documents.Tests;

/// <summary>
/// The rendered Markdown and HTML of a fixed input, against files committed under golden/. Set
/// UPDATE_GOLDEN=1 to rewrite them (then review the diff).
/// </summary>
public class GoldenTests
{
    private static string SourceDir([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [Theory]
    [InlineData(DocumentMode.Draft, false, "application.draft")]
    [InlineData(DocumentMode.Final, true, "application.final")]
    public void Markdown_and_html_match_the_golden_files(DocumentMode mode, bool complete, string name)
    {
        var result = Fixture.Renderer().Render(Fixture.Request(complete: complete, mode: mode));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var html = HtmlWriter.Write(result.Markdown!, result.Stamp!.Title, mode);
        Check(Path.Combine(SourceDir(), "golden", name + ".md"), result.Markdown!);
        Check(Path.Combine(SourceDir(), "golden", name + ".html"), html);
    }

    private static void Check(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, actual);
            Assert.True(Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1", $"golden file {path} was missing and has been written; review and rerun");
        }
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
