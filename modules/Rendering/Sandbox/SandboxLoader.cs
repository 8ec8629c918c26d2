using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reserve.Rendering.Sandbox;

/// <summary>
/// The only way a template reaches another file: <c>shared/name</c> under the shared templates folder and
/// <c>local/name</c> under the plugin's <c>templates/</c>. Names are <c>[a-z0-9_/-]+</c>, resolved to a
/// canonical path that must stay under its root; anything else is refused. Each file read is recorded
/// (for the template hash); parsing goes through the process-wide cache keyed by path and content hash.
/// </summary>
internal sealed partial class SandboxLoader(string sharedFolder, string localFolder) : ITemplateLoader
{
    public const string Extension = ".sbn-md";

    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    /// <summary>Every included file as (logical name, text), in order of first inclusion.</summary>
    public List<(string Name, string Text)> Included { get; } = [];

    [GeneratedRegex("^(shared|local)/[a-z0-9_-]+(/[a-z0-9_-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName is null || !NamePattern().IsMatch(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, $"不允许引用“{templateName}”：只能引用 shared/名称 或 local/名称（名称仅含小写字母、数字、_、-、/）");
        }
        var logical = templateName + Extension;
        if (context.CachedTemplates.ContainsKey(logical))
        {
            return logical;
        }
        var slash = templateName.IndexOf('/');
        var root = templateName[..slash] == "shared" ? sharedFolder : localFolder;
        var full = Resolve(root, templateName[(slash + 1)..] + Extension)
            ?? throw new ScriptRuntimeException(callerSpan, $"不允许引用“{templateName}”：路径超出模板目录");
        if (!File.Exists(full))
        {
            throw new ScriptRuntimeException(callerSpan, $"引用的模板“{templateName}”不存在");
        }
        var text = File.ReadAllText(full);
        Included.Add((logical, text));
        _paths[logical] = full;
        var template = TemplateCache.Get(full, logical, text);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new TemplateParseException(logical, first);
        }
        context.CachedTemplates[logical] = template;
        return logical;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"模板“{templatePath}”未经允许的路径加载");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>The canonical path of <paramref name="relative"/> under <paramref name="root"/>, or null when it leaves it.</summary>
    public static string? Resolve(string root, string relative)
    {
        if (string.IsNullOrWhiteSpace(root) || Path.IsPathRooted(relative))
        {
            return null;
        }
        var canonicalRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(canonicalRoot, relative));
        return full.StartsWith(canonicalRoot, StringComparison.Ordinal) ? full : null;
    }
}

/// <summary>A parse error inside an included template, carried out of the render with its own location.</summary>
internal sealed class TemplateParseException(string template, LogMessage message) : Exception(message.Message)
{
    public string Template { get; } = template;
    public LogMessage Log { get; } = message;
}

/// <summary>Parsed templates by (path, SHA-256 of the text): a changed file is parsed again, an unchanged one never.</summary>
internal static class TemplateCache
{
    private static readonly ConcurrentDictionary<(string Path, string Hash), Template> Cache = new();

    public static ParserOptions Parser { get; } = new() { ExpressionDepthLimit = 100, ParseFloatAsDecimal = true };
    public static LexerOptions Lexer { get; } = new() { Mode = ScriptMode.Default };

    public static int Count => Cache.Count;

    public static Template Get(string path, string logicalName, string text) =>
        Cache.GetOrAdd((path, ModelBuilder.Sha256(text)), _ => Template.Parse(text, logicalName, Parser, Lexer));
}
