using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reserve.Channels;
using Reserve.Matching;
using Reserve.Rendering;
using Reserve.Sdk.Projects;

namespace Reserve.Documents;

/// <summary>One file in a batch zip, as listed in its manifest.json.</summary>
public sealed record BatchEntry(
    string Path,
    string Sha256,
    string Kind,
    string? ProjectId,
    string? ChannelId,
    string? TemplateId,
    string? PluginId,
    string? PluginVersion,
    string? TemplateHash,
    string? DataHash,
    string Mode,
    DateTimeOffset GeneratedAt);

/// <summary>A document of the batch that could not be made, with why (in Chinese).</summary>
public sealed record BatchFailure(string? ProjectId, string ChannelId, string TemplateId, IReadOnlyList<string> Problems, IReadOnlyList<string> MissingFields);

public sealed record BatchResult(IReadOnlyList<BatchEntry> Files, IReadOnlyList<BatchFailure> Failures, DateTimeOffset GeneratedAt);

/// <summary>The projects and results of a 汇总表 to add to a batch.</summary>
public sealed record SummaryInput(IReadOnlyList<ProjectRecord> Projects, IReadOnlyList<MatchResult> Results, string FileName = "储备项目汇总表.xlsx");

/// <summary>
/// Many documents (one project's channel pack, or many projects) into one zip: a DOCX per document
/// (optionally its HTML preview), an optional 汇总表, and <c>manifest.json</c> listing every file with its
/// SHA-256 and provenance, plus the failures. One failing document never stops the others.
/// </summary>
public sealed class DocumentBatch(DocumentRenderer renderer, TimeProvider? time = null)
{
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Every template of a channel for one project: its whole application pack.</summary>
    public static IEnumerable<DocumentRequest> ChannelPack(ActiveChannel channel, string sharedFolder, ProjectRecord project, MatchResult? match, DocumentMode mode, DateOnly asOf) =>
        channel.Definition.Templates
            .Where(t => t.Format == "sbn-md")
            .Select(t => DocumentRequest.For(channel, t, sharedFolder, project, match, mode, asOf));

    public BatchResult WriteZip(IEnumerable<DocumentRequest> requests, Stream output, bool includeHtml = false, SummaryInput? summary = null)
    {
        var now = _time.GetUtcNow();
        var files = new List<BatchEntry>();
        var failures = new List<BatchFailure>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var request in requests)
            {
                RenderResult result;
                try
                {
                    result = renderer.Render(request);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
                {
                    result = new RenderResult(null, null, [new DocumentProblem(request.Template.Path, 0, 0, "生成失败：" + e.Message)], []);
                }
                if (!result.Succeeded)
                {
                    failures.Add(new BatchFailure(request.Project.Id, request.Channel.Id, request.Template.Id,
                        result.Problems.Select(p => p.ToString()).ToList(), result.MissingFields));
                    continue;
                }
                var stamp = result.Stamp!;
                var folder = Safe($"{request.Project.Id}_{request.Project.Name}");
                var stem = Unique(names, $"{folder}/{Safe(request.Channel.Name)}_{Safe(request.Template.Title)}");
                using (var ms = new MemoryStream())
                {
                    DocxWriter.Write(result.Markdown!, stamp, ms);
                    files.Add(Add(zip, stem + ".docx", ms.ToArray(), "docx", stamp));
                }
                if (includeHtml)
                {
                    var html = HtmlWriter.Write(result.Markdown!, stamp.Title, stamp.Mode);
                    files.Add(Add(zip, stem + ".html", Encoding.UTF8.GetBytes(html), "html", stamp));
                }
            }
            if (summary is not null)
            {
                using var ms = new MemoryStream();
                SummaryTableWriter.Write(summary.Projects, summary.Results, ms);
                var bytes = ms.ToArray();
                var name = Unique(names, Path.GetFileNameWithoutExtension(Safe(summary.FileName))) + ".xlsx";
                Entry(zip, name, bytes, now);
                files.Add(new BatchEntry(name, Sha(bytes), "xlsx", null, null, null, null, null, null, null, "汇总表", now));
            }
            var manifest = JsonSerializer.SerializeToUtf8Bytes(new { generatedAt = now, files, failures }, ManifestJson);
            Entry(zip, "manifest.json", manifest, now);
        }
        return new BatchResult(files, failures, now);
    }

    private static BatchEntry Add(ZipArchive zip, string path, byte[] bytes, string kind, DocumentStamp s)
    {
        Entry(zip, path, bytes, s.GeneratedAt);
        return new BatchEntry(path, Sha(bytes), kind, s.ProjectId, s.ChannelId, s.TemplateId, s.PluginId, s.PluginVersion,
            s.TemplateHash, s.DataHash, ZhNames<DocumentMode>.Of(s.Mode), s.GeneratedAt);
    }

    internal static void Entry(ZipArchive zip, string path, byte[] bytes, DateTimeOffset time)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = time.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : time;
        using var s = entry.Open();
        s.Write(bytes);
    }

    internal static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Unique(HashSet<string> names, string stem)
    {
        var candidate = stem;
        for (var i = 2; !names.Add(candidate); i++)
        {
            candidate = $"{stem}-{i}";
        }
        return candidate;
    }

    /// <summary>A file-name part: no path separators, reserved or control characters, at most 60 characters.</summary>
    internal static string Safe(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name)
        {
            sb.Append(c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c);
        }
        var s = sb.ToString().Trim().Trim('.');
        return s.Length == 0 ? "_" : s.Length > 60 ? s[..60] : s;
    }
}
