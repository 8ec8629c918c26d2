using System.Net;
using Markdig;
using Reserve.Rendering.Html;

namespace Reserve.Rendering;

/// <summary>
/// The HTML preview of a rendered Markdown document: one self-contained page, lang="zh-CN", a minimal
/// official-document look. Raw HTML in the Markdown is shown as text (Markdig DisableHtml), and data
/// values were Markdown-escaped when the model was built, so a value can never become markup.
/// </summary>
public static class HtmlWriter
{
    private const string Css = """
        body{margin:0;background:#f2f2f2;font-family:"仿宋_GB2312","仿宋","FangSong",serif;font-size:16pt;line-height:1.75;color:#000}
        main{position:relative;box-sizing:border-box;width:210mm;min-height:297mm;margin:12px auto;padding:37mm 26mm 35mm 28mm;background:#fff;box-shadow:0 0 6px #aaa}
        h1{font-family:"方正小标宋简体","宋体","SimSun",serif;font-size:22pt;font-weight:normal;text-align:center;margin:0 0 1em}
        h2{font-family:"黑体","SimHei",sans-serif;font-size:16pt;font-weight:normal;margin:.5em 0}
        h3{font-family:"楷体_GB2312","楷体","KaiTi",serif;font-size:16pt;font-weight:normal;margin:.5em 0}
        h4{font-size:16pt;font-weight:normal;margin:.5em 0}
        p{text-indent:2em;margin:0}
        table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:12pt}
        th,td{border:1px solid #000;padding:2px 6px}
        th{font-family:"黑体","SimHei",sans-serif;font-weight:normal}
        td p,th p{text-indent:0}
        hr{border:0;border-top:1px dashed #999;margin:2em 0}
        .draft{position:absolute;top:40%;left:0;right:0;text-align:center;font-size:120pt;color:rgba(192,192,192,.35);transform:rotate(-45deg);pointer-events:none;user-select:none}
        .missing{background:#ff0}
        """;

    /// <summary>The preview page of <paramref name="markdown"/>.</summary>
    public static string Write(string markdown, string title, DocumentMode mode)
    {
        var body = Markdown.ToHtml(markdown, DocumentMarkdown.Pipeline)
            .Replace(TemplateFunctionsPlaceholder, "<span class=\"missing\">" + TemplateFunctionsPlaceholder, StringComparison.Ordinal);
        body = MarkMissingEnds(body);
        var draft = mode == DocumentMode.Draft ? "<div class=\"draft\" aria-hidden=\"true\">草稿</div>\n" : "";
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>
            {Css}
            </style>
            </head>
            <body>
            <main>
            {draft}{body}</main>
            </body>
            </html>

            """;
    }

    private const string TemplateFunctionsPlaceholder = Sandbox.TemplateFunctions.PlaceholderPrefix;

    /// <summary>Closes each highlighted 【待补充：…】 span after its 】.</summary>
    private static string MarkMissingEnds(string html)
    {
        var open = "<span class=\"missing\">" + TemplateFunctionsPlaceholder;
        var sb = new System.Text.StringBuilder(html.Length + 64);
        var i = 0;
        while (true)
        {
            var start = html.IndexOf(open, i, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }
            var end = html.IndexOf('】', start + open.Length);
            if (end < 0)
            {
                break;
            }
            sb.Append(html, i, end + 1 - i).Append("</span>");
            i = end + 1;
        }
        return sb.Append(html, i, html.Length - i).ToString();
    }
}
