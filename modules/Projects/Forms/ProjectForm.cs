using System.Globalization;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Forms;

/// <summary>
/// The project form of the web application: the columns of the XLSX interchange layout, each with how it
/// is entered. Reading a form goes through the same column readers and validator as an import, so a value
/// the form accepts is one the import accepts, with the same Chinese reasons.
/// </summary>
public sealed class ProjectForm
{
    private const int FormRow = 1;

    /// <summary>The unit of a channel fact stored as a ratio between 0 and 1 (居民同意改造比例): the form shows it in percent.</summary>
    public const string RatioUnit = "比例";

    private static readonly Dictionary<string, (FormSection Section, FormInput Input, IReadOnlyList<string> Options, string? Unit)> Known = BuildKnown();

    private readonly XlsxLayout _layout;
    private readonly ChannelFacts _facts;
    private readonly FormFieldFinder _finder;
    private readonly HashSet<string> _percent;

    private ProjectForm(IEnumerable<FactDescriptor> facts, IReadOnlyList<KnownChannel>? channels)
    {
        _facts = new ChannelFacts(facts, channels);
        _layout = XlsxLayout.For(_facts);
        var factByHeader = _facts.All.ToDictionary(f => _layout.Fact(f.Key), StringComparer.Ordinal);
        Fields = _layout.Columns
            .Where(c => c.Header != RecordFields.Id.Header)
            .Select(c => Describe(c, factByHeader.GetValueOrDefault(c.Header), _facts.Channels))
            .ToList();
        _finder = new FormFieldFinder(Fields);
        _percent = Fields.Where(f => f.Percent).Select(f => f.Header).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The form for the channel facts of the active plugins; 拟申请渠道 are chosen among <paramref name="channels"/>.</summary>
    public static ProjectForm For(IEnumerable<FactDescriptor> channelFacts, IReadOnlyList<KnownChannel>? channels = null) => new(channelFacts, channels);

    public IReadOnlyList<FormField> Fields { get; }

    /// <summary>
    /// The field where a fact a channel found missing is entered, by its interchange key (<c>preWork.环评批复</c>,
    /// <c>plannedStart</c>, a channel fact's key); null when the form has none (a value the reserve computes).
    /// </summary>
    public FormField? FieldOfFact(string factKey) => _finder.OfFact(factKey);

    /// <summary>The field a missing material's evidence names (前期工作“环评批复”…), or null when it names none.</summary>
    public FormField? FieldNamedIn(string evidence) => _finder.NamedIn(evidence);

    /// <summary>The header of the department field, which pages fill from the signed-in user's department.</summary>
    public static string DepartmentHeader => RecordFields.Department.Header;

    /// <summary>The record's values as the form shows them: amounts as plain numbers, dates as yyyy-MM-dd, flags as 是/否.</summary>
    public IReadOnlyDictionary<string, string> ValuesOf(ProjectRecord record)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in _layout.Columns)
        {
            if (column.ToCell(record) is { } cell)
            {
                values[column.Header] = cell switch
                {
                    decimal d when _percent.Contains(column.Header) => (d * 100m).ToString("0.##", CultureInfo.InvariantCulture),
                    decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
                    DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
                };
            }
        }
        return values;
    }

    /// <summary>
    /// Reads the posted values (by header; blank means not given) into a new record with the given id.
    /// Computed tags are the reserve's business, so the ones the form shows are dropped here.
    /// </summary>
    public FormReading Read(IReadOnlyDictionary<string, string?> values, string? id)
    {
        var record = new ProjectRecord();
        var problems = new List<Validation.ImportProblem>();
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in _layout.Columns)
        {
            if (!values.TryGetValue(column.Header, out var text) || string.IsNullOrWhiteSpace(text) || column.Header == RecordFields.Id.Header)
            {
                continue;
            }
            given.Add(column.Header);
            var value = text.Trim();
            if (_percent.Contains(column.Header))
            {
                if (PercentProblem(value, out var ratio) is { } percentProblem)
                {
                    problems.Add(new Validation.ImportProblem(FormRow, column.Header, percentProblem));
                    continue;
                }
                value = ratio;
            }
            if (column.Read(record, RawValue.OfText(value)) is { } error)
            {
                problems.Add(new Validation.ImportProblem(FormRow, column.Header, error));
            }
        }
        foreach (var column in _layout.Columns.Where(c => given.Contains(c.Header) && c.CompanionOf is { } owner && !given.Contains(owner)))
        {
            problems.Add(new Validation.ImportProblem(FormRow, column.Header, $"填写了“{column.Header}”，但“{column.CompanionOf}”为空"));
        }
        record.Id = id;
        record.Tags.RemoveAll(t => t.EndsWith("（系统）", StringComparison.Ordinal));
        var row = RowCompletion.Complete(FormRow, record, problems, _facts, _layout);
        return new FormReading(row.Record, row.Problems);
    }

    /// <summary>The fact's help with how the form takes it; a help that explains the stored 0–1 form is cut there.</summary>
    private static string PercentHelp(string? help)
    {
        const string Percent = "按百分数填写（如 85 表示 85%）";
        var cut = help?.IndexOf("，填0至1", StringComparison.Ordinal) ?? -1;
        var text = cut >= 0 ? help![..cut] : help;
        return string.IsNullOrWhiteSpace(text) ? Percent : $"{text}；{Percent}";
    }

    /// <summary>A percentage as typed (85, 85%) as the ratio the record stores ("0.85"), or why it is not one.</summary>
    private static string? PercentProblem(string text, out string ratio)
    {
        ratio = "";
        var number = text.TrimEnd('%', '％').Trim();
        if (!decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var percent))
        {
            return $"“{text}”不是数字，请按百分数填写（如 85 表示 85%）";
        }
        if (percent is < 0m or > 100m)
        {
            return $"“{text}”应在 0 至 100 之间（按百分数填写，如 85 表示 85%）";
        }
        ratio = (percent / 100m).ToString(CultureInfo.InvariantCulture);
        return null;
    }

    private static FormField Describe(XlsxColumn column, FactDescriptor? fact, ChannelNames channels)
    {
        if (fact is not null)
        {
            var (input, options) = fact.Type switch
            {
                FactType.Number or FactType.Integer => (FormInput.Number, (IReadOnlyList<string>)[]),
                FactType.Boolean => (FormInput.Flag, ["是", "否"]),
                FactType.Date => (FormInput.Date, []),
                FactType.Choice => (FormInput.Choice, fact.Options ?? []),
                _ => (FormInput.Text, []),
            };
            return fact.Unit == RatioUnit && input == FormInput.Number
                ? new FormField(column.Header, FormSection.ChannelFacts, input, options, false, "%", PercentHelp(fact.Help), FactKey: fact.Key, Percent: true)
                : new FormField(column.Header, FormSection.ChannelFacts, input, options, false, fact.Unit, fact.Help, FactKey: fact.Key);
        }
        if (Known.TryGetValue(column.Header, out var known))
        {
            return new FormField(column.Header, known.Section, known.Input, known.Options, column.Required, known.Unit, CompanionOf: column.CompanionOf);
        }
        if (column.Header.StartsWith(XlsxLayout.FundingPrefix, StringComparison.Ordinal))
        {
            var arrived = column.Header.EndsWith(XlsxLayout.ArrivedSuffix, StringComparison.Ordinal);
            return new FormField(column.Header, FormSection.Funding, FormInput.Number, [], false, "万元",
                arrived ? "已到位金额" : "计划金额", column.CompanionOf);
        }
        if (column.Header.StartsWith(XlsxLayout.PreWorkPrefix, StringComparison.Ordinal))
        {
            return column.CompanionOf is null
                ? new FormField(column.Header, FormSection.PreWork, FormInput.Choice, ZhNames<PreWorkStatus>.All, false)
                : new FormField(column.Header, FormSection.PreWork, column.Header.EndsWith("-文号", StringComparison.Ordinal) ? FormInput.Text : FormInput.Date, [], false,
                    CompanionOf: column.CompanionOf, Help: column.Header.EndsWith("-有效期", StringComparison.Ordinal) ? "容缺承诺时为承诺办结日期" : null);
        }
        if (column.Header == XlsxLayout.RequestsHeader)
        {
            return new FormField(column.Header, FormSection.Requests, FormInput.ChannelAmounts, [.. channels.All.Select(c => c.Name)], false, "万元",
                "每行选择一个资金渠道并填写拟申请金额");
        }
        return new FormField(column.Header, FormSection.Identity, FormInput.Text, [], column.Required);
    }

    private static Dictionary<string, (FormSection, FormInput, IReadOnlyList<string>, string?)> BuildKnown()
    {
        var known = new Dictionary<string, (FormSection, FormInput, IReadOnlyList<string>, string?)>(StringComparer.Ordinal);
        void Add(RecordField field, FormSection section, FormInput input, IReadOnlyList<string>? options = null, string? unit = null) =>
            known[field.Header] = (section, input, options ?? [], unit);

        foreach (var f in new[] { RecordFields.Code, RecordFields.Name, RecordFields.Department, RecordFields.Unit, RecordFields.UnitCreditCode, RecordFields.Leader, RecordFields.Contact })
        {
            Add(f, FormSection.Identity, FormInput.Text);
        }
        Add(RecordFields.ProjectType, FormSection.Classification, FormInput.Choice, ZhNames<ProjectType>.All);
        Add(RecordFields.Attribute, FormSection.Classification, FormInput.Choice, ZhNames<ProjectAttribute>.All);
        Add(RecordFields.Field, FormSection.Classification, FormInput.Choice, ZhNames<ProjectField>.All);
        Add(RecordFields.IndustryCode, FormSection.Classification, FormInput.Text);
        Add(RecordFields.Nature, FormSection.Classification, FormInput.Choice, ZhNames<ConstructionNature>.All);
        Add(RecordFields.Tags, FormSection.Classification, FormInput.Text);
        Add(RecordFields.Region, FormSection.Schedule, FormInput.Text);
        Add(RecordFields.Address, FormSection.Schedule, FormInput.Text);
        Add(RecordFields.Scale, FormSection.Schedule, FormInput.LongText);
        Add(RecordFields.LandArea, FormSection.Schedule, FormInput.Number, unit: "亩");
        Add(RecordFields.PlannedStart, FormSection.Schedule, FormInput.Date);
        Add(RecordFields.PlannedEnd, FormSection.Schedule, FormInput.Date);
        Add(RecordFields.Stage, FormSection.Schedule, FormInput.Choice, ZhNames<ProjectStage>.All);
        Add(RecordFields.ActualStart, FormSection.Schedule, FormInput.Date);
        foreach (var f in new[] { RecordFields.TotalInvestment, RecordFields.Equity, RecordFields.FeasibilityEstimate, RecordFields.DesignBudget, RecordFields.CompletedInvestment, RecordFields.AnnualPlan })
        {
            Add(f, FormSection.Money, FormInput.Number, unit: "万元");
        }
        Add(RecordFields.RevenueSources, FormSection.Revenue, FormInput.LongText);
        Add(RecordFields.ProjectRevenue, FormSection.Revenue, FormInput.Number, unit: "万元");
        Add(RecordFields.DebtService, FormSection.Revenue, FormInput.Number, unit: "万元");
        Add(RecordFields.CoverageRatio, FormSection.Revenue, FormInput.Number, unit: "倍");
        foreach (var f in new[] { RecordFields.Dishonest, RecordFields.CentralFundedBefore, RecordFields.InNationalLibrary, RecordFields.InRollingPlan })
        {
            Add(f, FormSection.Compliance, FormInput.Flag, ["是", "否"]);
        }
        Add(RecordFields.NegativeList, FormSection.Compliance, FormInput.ChoiceList, [ValueReaders.None, .. ZhNames<NegativeListItem>.All]);
        return known;
    }
}
