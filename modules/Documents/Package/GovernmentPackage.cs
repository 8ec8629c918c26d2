using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reserve.Documents.Package;
using Reserve.Matching;
using Reserve.Rendering;
using Reserve.Sdk.Projects;

namespace Reserve.Documents;

/// <summary>
/// The package for 报市政府审定, as one zip with Chinese entry names: the 请示 (DOCX, 公文 form), 附件1 the
/// 汇总表 of the accepted projects, 附件2 one list per recommended channel, and <c>manifest.json</c> with the
/// SHA-256 of every file. Entry times are the package date, so the same input gives the same bytes.
/// </summary>
public sealed class GovernmentPackage(TimeProvider? time = null)
{
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string FileName(int year) => $"{year}年度项目谋划储备情况（报市政府审定）.zip";

    public PackageResult Write(GovernmentPackageInput input, Stream output, CancellationToken cancellationToken = default)
    {
        if (input.Projects.Count == 0)
        {
            return new PackageResult([], [$"{input.Year}年度没有已受理的项目，不能生成报市政府审定的材料"]);
        }
        var figures = PackageFigures.Of(input.Projects, input.Results);
        var summaryName = $"附件1：{input.Year}年度储备项目汇总表.xlsx";
        var channels = figures.ByChannel.Select(g => g.Name).ToList();
        var attachments = new List<string> { $"{input.Year}年度储备项目汇总表", $"分渠道推荐申报项目清单（{channels.Count}个渠道）" };

        var (letter, rendered) = new RequestLetter(new TemplateRenderer(time)).Write(input, figures, attachments, cancellationToken);
        if (letter is null)
        {
            return new PackageResult([], ["请示未生成：" + string.Join("；", rendered.Problems.Select(p => p.ToString()))]);
        }

        var files = new List<(string Path, string Kind, byte[] Bytes)>
        {
            ($"{RequestLetter.Title(input.Year)}.docx", "docx", letter),
            (summaryName, "xlsx", Xlsx(input.Projects, input.Results, $"{input.Year}年度储备项目汇总表（已受理项目）")),
        };
        var byChannel = figures.Recommendations.ToLookup(r => r.ChannelName, StringComparer.Ordinal);
        var byId = input.Projects.Where(p => p.Id is not null).ToDictionary(p => p.Id!, StringComparer.Ordinal);
        for (var i = 0; i < channels.Count; i++)
        {
            var members = byChannel[channels[i]].Select(r => r.ProjectId).Distinct(StringComparer.Ordinal).Select(id => byId[id]).ToList();
            var ids = members.Select(p => p.Id!).ToHashSet(StringComparer.Ordinal);
            files.Add(($"附件2：分渠道推荐申报项目清单/{i + 1:00} {SafeName(channels[i])}.xlsx", "xlsx",
                Xlsx(members, input.Results.Where(r => ids.Contains(r.ProjectId)), $"{input.Year}年度{channels[i]}推荐申报项目清单")));
        }

        var time0 = new DateTimeOffset(input.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var entries = files.Select(f => new PackageEntry(f.Path, f.Kind, f.Bytes.LongLength, DocumentBatch.Sha(f.Bytes))).ToList();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, _, bytes) in files)
            {
                DocumentBatch.Entry(zip, path, bytes, time0);
            }
            var manifest = new
            {
                title = RequestLetter.Title(input.Year),
                year = input.Year,
                date = input.Date.ToString("yyyy-MM-dd"),
                issuer = input.Issuer,
                projects = input.Projects.Select(p => p.Id).ToList(),
                files = entries,
            };
            DocumentBatch.Entry(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJson), time0);
        }
        return new PackageResult(entries, []);
    }

    private static byte[] Xlsx(IEnumerable<ProjectRecord> projects, IEnumerable<MatchResult> results, string title)
    {
        using var stream = new MemoryStream();
        SummaryTableWriter.Write(projects, results, stream, title);
        return stream.ToArray();
    }

    /// <summary>A channel name as a file name: characters Windows refuses become full-width or are dropped.</summary>
    internal static string SafeName(string name) => new(name.Select(c => c switch
    {
        '/' or '\\' => '／',
        ':' => '：',
        '*' or '?' or '"' or '<' or '>' or '|' => '_',
        _ => c,
    }).ToArray());
}
