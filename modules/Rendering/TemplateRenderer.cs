using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Reserve.Rendering.Sandbox;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reserve.Rendering;

/// <summary>
/// Renders a <c>*.sbn-md</c> template to Markdown in a Scriban sandbox: a fresh context per render, the model as
/// plain script objects, loop/recursion/output limits that fail rather than cut, strict variables and members, no
/// reflection, includes only through <see cref="SandboxLoader"/>, and no <c>object.eval</c>. Failures name
/// template, line, column and reason.
/// </summary>
public sealed partial class TemplateRenderer
{
    internal const int LoopLimit = 10_000;
    internal const int RecursiveLimit = 32;
    internal const int OutputLimit = 2_000_000;
    internal const int StringLimit = 1_000_000;
    internal static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private readonly TimeProvider _time;

    public TemplateRenderer(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>
    /// Renders a report that is not one channel's document for one project (a dispatch 日报, say): the
    /// template <c>request.TemplateFile</c> under <c>request.TemplatesFolder</c>, whose <c>local/x</c> includes
    /// resolve in that folder and <c>shared/x</c> in the shared one. The model is the caller's data plus
    /// <c>doc</c> (mode, date, title), built into plain script objects with every string Markdown-escaped, in
    /// the same sandbox and with the same functions and failures as a channel's document.
    /// </summary>
    public RenderResult RenderReport(ReportRequest request, CancellationToken cancellationToken = default)
    {
        var model = ModelBuilder.ReportModelJson(request);
        return Render(request.TemplatesFolder, request.TemplatesFolder, request.TemplateFile, request.SharedFolder, model, request.Mode,
            (templateHash, dataHash) => new DocumentStamp("", request.Subject, request.ReportId, request.ReportId, request.Title,
                request.Producer, request.ProducerVersion, templateHash, dataHash, request.Mode, _time.GetUtcNow()), cancellationToken);
    }

    /// <summary>
    /// The sandboxed render shared by channel documents and reports: <paramref name="templatePath"/> is relative
    /// to <paramref name="baseFolder"/> and must be a <c>*.sbn-md</c> under <paramref name="templatesRoot"/>, where
    /// <c>local/x</c> includes resolve too; <c>shared/x</c> resolve in <paramref name="sharedFolder"/>. The stamp is
    /// made from the template's and the model's SHA-256.
    /// </summary>
    public RenderResult Render(string baseFolder, string templatesRoot, string templatePath, string sharedFolder, JsonObject model,
        DocumentMode mode, Func<string, string, DocumentStamp> stampOf, CancellationToken cancellationToken)
    {
        var templateName = templatePath.Replace('\\', '/');
        var path = SandboxLoader.Resolve(baseFolder, templateName);
        if (path is null || SandboxLoader.Resolve(templatesRoot, Path.GetRelativePath(templatesRoot, path)) is null
            || !path.EndsWith(SandboxLoader.Extension, StringComparison.Ordinal))
        {
            return Fail(templateName, 0, 0, $"模板路径“{templatePath}”应为插件 templates/ 目录下的 *.sbn-md 文件");
        }
        if (!File.Exists(path))
        {
            return Fail(templateName, 0, 0, "模板文件不存在");
        }

        var text = File.ReadAllText(path);
        var template = TemplateCache.Get(path, templateName, text);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            return Fail(templateName, first.Span.Start.Line + 1, first.Span.Start.Column + 1, "语法错误：" + first.Message);
        }

        var dataHash = ModelBuilder.Sha256(ModelBuilder.Serialize(model));
        var functions = new TemplateFunctions(mode);
        var loader = new SandboxLoader(sharedFolder, templatesRoot);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        var context = NewContext(loader, budget.Token);
        var globals = ModelBuilder.ToScript(model);
        functions.AddTo(globals);
        context.PushGlobal(globals);

        string markdown;
        try
        {
            markdown = template.Render(context);
        }
        catch (TemplateParseException e)
        {
            return Fail(e.Template, e.Log.Span.Start.Line + 1, e.Log.Span.Start.Column + 1, "语法错误：" + e.Log.Message);
        }
        catch (ScriptAbortException)
        {
            return Fail(templateName, 0, 0, $"渲染超时（超过{Budget.TotalSeconds:0}秒）或被取消");
        }
        catch (ScriptRuntimeException e) when (e.InnerException is TemplateParseException inner)
        {
            return Fail(inner.Template, inner.Log.Span.Start.Line + 1, inner.Log.Span.Start.Column + 1, "语法错误：" + inner.Log.Message);
        }
        catch (ScriptRuntimeException e)
        {
            var file = string.IsNullOrEmpty(e.Span.FileName) ? templateName : e.Span.FileName;
            return Fail(file, e.Span.Start.Line + 1, e.Span.Start.Column + 1, Reason(e.OriginalMessage));
        }
        catch (OperationCanceledException)
        {
            return Fail(templateName, 0, 0, $"渲染超时（超过{Budget.TotalSeconds:0}秒）或被取消");
        }

        var stamp = stampOf(TemplateHash(templateName, text, loader.Included), dataHash);
        if (mode == DocumentMode.Final && functions.Missing.Count > 0)
        {
            return new RenderResult(null, stamp,
                [new DocumentProblem(templateName, 0, 0, "正式文本缺少以下字段：" + string.Join("、", functions.Missing))],
                functions.Missing);
        }
        if (mode == DocumentMode.Final && markdown.Contains("{{", StringComparison.Ordinal))
        {
            return new RenderResult(null, stamp, [new DocumentProblem(templateName, 0, 0, "正式文本中仍有未处理的 {{ 标记")], []);
        }
        return new RenderResult(markdown, stamp, [], functions.Missing);
    }

    /// <summary>SHA-256 of the template text, followed by every included file (name and text) in order.</summary>
    internal static string TemplateHash(string name, string text, IReadOnlyList<(string Name, string Text)> included)
    {
        if (included.Count == 0)
        {
            return ModelBuilder.Sha256(text);
        }
        var sb = new StringBuilder(text);
        foreach (var (n, t) in included)
        {
            sb.Append("\n\u0000").Append(n).Append('\u0000').Append(t);
        }
        return ModelBuilder.Sha256(sb.ToString());
    }

    private static TemplateContext NewContext(SandboxLoader loader, CancellationToken token)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedIndexerAccess = false,
            EnableNullIndexer = false,
            LoopLimit = LoopLimit,
            LoopLimitQueryable = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            ObjectRecursionLimit = 10,
            LimitToString = StringLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            CancellationToken = token,
            TemplateLoader = loader,
            TemplateLoaderParserOptions = TemplateCache.Parser,
            TemplateLoaderLexerOptions = TemplateCache.Lexer,
            MemberFilter = _ => false,
            NewLine = "\n",
        };
        // The fresh builtins of this context, without the ways to evaluate text as a template.
        var builtins = context.BuiltinObject;
        builtins.Remove("include_join");
        if (builtins["object"] is ScriptObject objectFunctions)
        {
            var safe = new ScriptObject();
            foreach (var key in objectFunctions.Keys.Where(k => k is not ("eval" or "eval_template" or "from_json" or "to_json")))
            {
                safe[key] = objectFunctions[key];
            }
            builtins.SetValue("object", safe, true);
        }
        return context;
    }

    private static RenderResult Fail(string template, int line, int column, string reason) =>
        new(null, null, [new DocumentProblem(template, line, column, reason)], []);

    /// <summary>Scriban's English reasons in Chinese (the original is kept when no pattern matches).</summary>
    internal static string Reason(string message)
    {
        Match m;
        if ((m = NotFound().Match(message)).Success)
        {
            return $"变量或函数“{m.Groups[1].Value}”不存在（请检查拼写）";
        }
        if ((m = NoMember().Match(message)).Success)
        {
            return $"字段“{m.Groups[1].Value}”不存在（请检查拼写，或该对象为空）";
        }
        if ((m = LoopLimitHit().Match(message)).Success)
        {
            return $"循环次数超过上限{m.Groups[1].Value}次，已停止（不会截断输出）";
        }
        if (message.Contains("OutputLimit", StringComparison.Ordinal) || message.Contains("LimitToString", StringComparison.Ordinal))
        {
            return $"输出超过上限（{OutputLimit}字符或单个文字{StringLimit}字符），已停止（不会截断输出）";
        }
        if (message.Contains("recursive", StringComparison.OrdinalIgnoreCase) || message.Contains("recursion", StringComparison.OrdinalIgnoreCase))
        {
            return $"递归层数超过上限{RecursiveLimit}，已停止";
        }
        if (message.Contains("null", StringComparison.OrdinalIgnoreCase))
        {
            return "对空值取字段或下标（请先判断是否为空）：" + message;
        }
        return ContainsCjk(message) ? message : "模板执行出错：" + message;
    }

    private static bool ContainsCjk(string s) => s.Any(c => c >= '\u4e00' && c <= '\u9fff');

    [GeneratedRegex("variable or function `([^`]*)` was not found")]
    private static partial Regex NotFound();

    [GeneratedRegex("Cannot get member with name ([^ .]+)")]
    private static partial Regex NoMember();

    [GeneratedRegex("iteration limit `(\\d+)`")]
    private static partial Regex LoopLimitHit();
}
