using System.Globalization;
using Reserve.Sdk.Formatting;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reserve.Rendering.Sandbox;

/// <summary>
/// The host functions of docs/templates.md: wan, daxie, zh_date, percent, need, prework, source. One set
/// per render (need records into that render's missing-field list).
/// </summary>
internal sealed class TemplateFunctions
{
    public const string PlaceholderPrefix = "【待补充：";

    private readonly DocumentMode _mode;

    public TemplateFunctions(DocumentMode mode) => _mode = mode;

    /// <summary>Fields that were absent, in order of first use.</summary>
    public List<string> Missing { get; } = [];

    public void AddTo(ScriptObject globals)
    {
        globals.SetValue("wan", new Fn(1, (node, a) => Passthrough(a[0]) ?? (a[0] is null ? "—" : ZhFormat.Wan(Number(node, a[0], "wan")))), true);
        globals.SetValue("daxie", new Fn(1, (node, a) => Passthrough(a[0]) ?? (a[0] is null ? "—" : ChineseAmount.FromWan(Number(node, a[0], "daxie")))), true);
        globals.SetValue("percent", new Fn(1, (node, a) => Passthrough(a[0]) ?? (a[0] is null ? "—" : ZhFormat.Percent(Number(node, a[0], "percent")))), true);
        globals.SetValue("zh_date", new Fn(1, (node, a) => Passthrough(a[0]) ?? (a[0] is null ? "—" : ZhDate(node, a[0]!))), true);
        globals.SetValue("need", new Fn(2, Need), true);
        globals.SetValue("prework", new Fn(2, PreWork), true);
        globals.SetValue("source", new Fn(2, Source), true);
    }

    private object? Need(SourceSpan node, ScriptArray a)
    {
        var label = a[1] as string ?? throw new ScriptRuntimeException(node, "need 的第二个参数应为字段名（文字）");
        var value = a[0];
        var absent = value switch
        {
            null => true,
            string s => string.IsNullOrWhiteSpace(s),
            ScriptArray array => array.Count == 0,
            _ => false,
        };
        if (!absent)
        {
            return value;
        }
        if (!Missing.Contains(label))
        {
            Missing.Add(label);
        }
        return PlaceholderPrefix + label + "】";
    }

    private static object? PreWork(SourceSpan node, ScriptArray a)
    {
        var item = a[1] as string ?? throw new ScriptRuntimeException(node, "prework 的第二个参数应为前期工作事项名称");
        var list = Project(node, a[0], "prework")["preWork"] as ScriptArray;
        return list?.OfType<ScriptObject>().FirstOrDefault(p => p["item"] as string == item);
    }

    private static object? Source(SourceSpan node, ScriptArray a)
    {
        var source = a[1] as string ?? throw new ScriptRuntimeException(node, "source 的第二个参数应为资金来源名称");
        var list = Project(node, a[0], "source")["fundingSources"] as ScriptArray;
        var sum = 0m;
        foreach (var line in list?.OfType<ScriptObject>() ?? [])
        {
            if (line["source"] as string == source && line["planned"] is { } planned)
            {
                sum += Number(node, planned, "source");
            }
        }
        return sum;
    }

    private static ScriptObject Project(SourceSpan node, object? value, string function) =>
        value as ScriptObject ?? throw new ScriptRuntimeException(node, $"{function} 的第一个参数应为 project");

    private static string? Passthrough(object? value) =>
        value is string s && s.StartsWith(PlaceholderPrefix, StringComparison.Ordinal) ? s : null;

    private static decimal Number(SourceSpan node, object? value, string function) => value switch
    {
        int i => i,
        long l => l,
        decimal d => d,
        double d => (decimal)d,
        float f => (decimal)f,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw new ScriptRuntimeException(node, $"{function} 需要一个数值，得到的是“{value}”"),
    };

    private static string ZhDate(SourceSpan node, object value)
    {
        var text = value as string ?? throw new ScriptRuntimeException(node, $"zh_date 需要 yyyy-MM-dd 形式的日期，得到的是“{value}”");
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ZhFormat.Date(date);
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return $"{month.Year}年{month.Month}月";
        }
        throw new ScriptRuntimeException(node, $"zh_date 需要 yyyy-MM-dd 形式的日期，得到的是“{text}”");
    }

    /// <summary>A host function: fixed argument count, arguments as script values.</summary>
    private sealed class Fn(int arity, Func<SourceSpan, ScriptArray, object?> body) : IScriptCustomFunction
    {
        public int RequiredParameterCount => arity;
        public int ParameterCount => arity;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arg" + index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? context.CurrentSpan;
            if (arguments.Count != arity)
            {
                throw new ScriptRuntimeException(span, $"函数需要 {arity} 个参数，给了 {arguments.Count} 个");
            }
            return body(span, arguments);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
