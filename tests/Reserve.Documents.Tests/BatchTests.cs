using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Reserve.Documents.Tests;

public class BatchTests
{
    [Fact]
    public void Zip_has_every_document_and_a_manifest_with_hashes_and_failures()
    {
        var batch = new DocumentBatch(Fixture.Renderer(), new FixedNow());
        var project = Fixture.Project();
        var requests = new[]
        {
            Fixture.Request(mode: DocumentMode.Final),
            Fixture.Request("misspelt", mode: DocumentMode.Final),
            Fixture.Request(complete: false, mode: DocumentMode.Final),
            Fixture.Request(complete: false, mode: DocumentMode.Draft),
        };
        using var ms = new MemoryStream();
        var result = batch.WriteZip(requests, ms, includeHtml: true, summary: new([project], [Fixture.Match(project)]));
        Assert.Equal(2 * 2 + 1, result.Files.Count);
        Assert.Equal(2, result.Failures.Count);

        ms.Position = 0;
        using var zip = new ZipArchive(ms, ZipArchiveMode.Read);
        var manifestEntry = zip.GetEntry("manifest.json")!;
        using var manifest = JsonDocument.Parse(manifestEntry.Open());
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(zip.Entries.Count - 1, files.Count);
        foreach (var file in files)
        {
            var entry = zip.GetEntry(file.GetProperty("path").GetString()!)!;
            using var s = entry.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(copy.ToArray())));
        }
        var docx = files.First(f => f.GetProperty("kind").GetString() == "docx");
        Assert.Equal("test-plugin", docx.GetProperty("pluginId").GetString());
        Assert.Equal("1.2.0", docx.GetProperty("pluginVersion").GetString());
        Assert.Equal("P-0001", docx.GetProperty("projectId").GetString());
        Assert.Equal("test.old-community", docx.GetProperty("channelId").GetString());
        Assert.Equal(64, docx.GetProperty("templateHash").GetString()!.Length);
        Assert.Equal(64, docx.GetProperty("dataHash").GetString()!.Length);
        Assert.Equal("正式", docx.GetProperty("mode").GetString());
        Assert.StartsWith("2026-03-15T08:30:00", docx.GetProperty("generatedAt").GetString());
        var failures = manifest.RootElement.GetProperty("failures").EnumerateArray().ToList();
        Assert.Contains(failures, f => f.GetProperty("problems")[0].GetString()!.Contains("totalInvestmnet"));
        Assert.Contains(failures, f => f.GetProperty("missingFields").GetArrayLength() == 3);
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".xlsx"));
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("P-0001_嘉峪关市胜利路片区老旧小区改造项目/"));
        // People read the file names: the channel by its name, never its id.
        Assert.Contains(zip.Entries, e => e.FullName.Contains("/中央预算内投资·城镇老旧小区改造_", StringComparison.Ordinal) && e.FullName.EndsWith(".docx"));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("test.old-community", StringComparison.Ordinal));
    }

    private sealed class FixedNow : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Fixture.Now;
    }
}
