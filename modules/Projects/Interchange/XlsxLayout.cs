using Reserve.Sdk.Facts;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>One column of the project worksheet: its header and how a cell is read and written.</summary>
internal sealed class XlsxColumn
{
    public required string Header { get; init; }

    /// <summary>Position in the layout (0, 1, …), so a reader can keep per-column state in an array.</summary>
    public int Ordinal { get; set; } = -1;

    /// <summary>A file without this column is refused (项目名称, 主管部门, 项目单位, 建设规模及内容, 总投资).</summary>
    public bool Required { get; init; }

    /// <summary>Written only when some record gives a value, so that an export stays narrow.</summary>
    public bool WrittenOnlyWhenUsed { get; init; }

    /// <summary>
    /// The column this one completes (资金来源-X for 资金来源-X-到位, 前期工作-X for its 文号/日期/有效期):
    /// a value here means nothing while that cell is empty.
    /// </summary>
    public string? CompanionOf { get; init; }

    /// <summary>Reads a given (non-empty) cell into the record; returns the reason when it cannot, else null.</summary>
    public required Func<ProjectRecord, RawValue, string?> Read { get; init; }

    /// <summary>The cell value: string, decimal, DateTime, or null for an empty cell.</summary>
    public required Func<ProjectRecord, object?> ToCell { get; init; }
}

/// <summary>
/// The project worksheet: the first sheet, row 1 the Chinese headers, one project per row from row 2.
/// The reader and the writer both use this one table. Columns, in the order the writer puts them:
/// <list type="number">
/// <item>the single-valued fields of project-record.md under their Chinese column names: 储备编号, 项目代码,
/// 项目名称, 主管部门, 项目单位, 统一社会信用代码, 包抓领导, 联系人及电话, 项目类型, 项目属性, 所属领域,
/// 国标行业代码, 建设性质, 标签 (items separated by 、 ; or ,), 建设地点区划代码, 建设地点, 建设规模及内容,
/// 用地面积（亩）, 计划开工时间, 计划建成时间, 项目阶段, 实际开工时间, 总投资, 项目资本金, 可研估算, 初设概算,
/// 累计完成投资, 年度计划投资;</item>
/// <item>资金来源: one column per source, <c>资金来源-中央预算内投资</c> … holding the planned amount, and an
/// optional <c>资金来源-中央预算内投资-到位</c> holding the amount arrived;</item>
/// <item>拟申请渠道: <c>old-communities:960; special-bonds:3000</c>;</item>
/// <item>收益来源, 项目预期收益总额, 融资本息总额, 本息覆盖倍数;</item>
/// <item>前期工作: one column per item, <c>前期工作-可研批复</c> … holding the status (未启动, 办理中, 已完成,
/// 容缺承诺), with optional <c>前期工作-可研批复-文号</c>, <c>-日期</c> and <c>-有效期</c> (for 容缺承诺: the
/// date by which it is promised);</item>
/// <item>项目单位列入失信名单, 已获中央预算内投资支持, 涉及负面清单内容 (items separated by 、; 无 states that
/// none applies), 已纳入国家重大建设项目库, 已纳入三年滚动投资计划;</item>
/// <item>channel facts: one column per <see cref="FactDescriptor"/>, headed by its Chinese label (by
/// 标签(key) when another column already has that label), typed by its <see cref="FactType"/>.</item>
/// </list>
/// Cells: an empty cell means not given (never 0 or 否). Amounts in 万元, as numbers or numeric text.
/// Dates as date cells or text yyyy-MM-dd / yyyy-MM. Flags as 是/否 (true/false also read). Enumerations
/// as the Chinese words of project-record.md. Headers match ignoring spaces and the width of brackets.
/// The writer leaves out the optional -到位/-文号/-日期/-有效期 columns no record fills.
/// </summary>
internal sealed class XlsxLayout : IColumnNames
{
    public const string FundingPrefix = "资金来源-";
    public const string ArrivedSuffix = "-到位";
    public const string PreWorkPrefix = "前期工作-";
    public const string RequestsHeader = "拟申请渠道";

    private readonly Dictionary<string, XlsxColumn> _byHeader = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _factHeaders = new(StringComparer.Ordinal);
    private readonly List<XlsxColumn> _columns = [];

    private XlsxLayout(ChannelFacts facts)
    {
        AddAll(RecordFields.IdentityAndClassification);
        AddAll(RecordFields.ScheduleAndMoney);
        foreach (var source in Enum.GetValues<FundingSourceKind>())
        {
            AddFunding(source);
        }
        Add(new XlsxColumn
        {
            Header = RequestsHeader,
            Read = (record, raw) => ValueReaders.ReadInto<List<ChannelRequest>>(
                (RawValue cell, out List<ChannelRequest> value, out string error) => RequestsText.TryParse(cell, facts.Channels, out value, out error),
                raw, value => record.Requests.AddRange(value)),
            ToCell = record => RequestsText.Format(record.Requests, facts.Channels),
        });
        AddAll(RecordFields.Revenue);
        foreach (var item in Enum.GetValues<PreWorkKind>())
        {
            AddPreWork(item);
        }
        AddAll(RecordFields.Compliance);
        foreach (var descriptor in facts.All)
        {
            AddFact(descriptor);
        }
    }

    public IReadOnlyList<XlsxColumn> Columns => _columns;

    public static XlsxLayout For(ChannelFacts facts) => new(facts);

    public XlsxColumn? Find(string header) => _byHeader.GetValueOrDefault(Normalize(header));

    /// <summary>Headers typed by hand vary in spaces and bracket width: 用地面积(亩) is 用地面积（亩）.</summary>
    public static string Normalize(string header)
    {
        var chars = new List<char>(header.Length);
        foreach (var c in header)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            chars.Add(c switch
            {
                '(' => '（',
                ')' => '）',
                '－' or '—' or '–' => '-',
                _ => c,
            });
        }
        return new string([.. chars]);
    }

    public static string FundingHeader(FundingSourceKind source, FundingPart part) =>
        FundingPrefix + ZhNames<FundingSourceKind>.Of(source) + (part == FundingPart.Arrived ? ArrivedSuffix : "");

    public static string PreWorkHeader(PreWorkKind item, PreWorkPart part) =>
        PreWorkPrefix + ZhNames<PreWorkKind>.Of(item) + part switch
        {
            PreWorkPart.DocNumber => "-文号",
            PreWorkPart.Date => "-日期",
            PreWorkPart.Expires => "-有效期",
            _ => "",
        };

    // IColumnNames: problems found in a worksheet name the header the user sees.
    public string Field(RecordField field) => field.Header;

    public string Funding(FundingSourceKind source, FundingPart part) => FundingHeader(source, part);

    public string FundingTotal => "资金来源";

    public string PreWork(PreWorkKind item, PreWorkPart part) => PreWorkHeader(item, part);

    public string Requests => RequestsHeader;

    public string Fact(string key) => _factHeaders.GetValueOrDefault(key) ?? $"渠道要素-{key}";

    private bool Add(XlsxColumn column)
    {
        if (!_byHeader.TryAdd(Normalize(column.Header), column))
        {
            return false;
        }
        column.Ordinal = _columns.Count;
        _columns.Add(column);
        return true;
    }

    private void AddAll(IEnumerable<RecordField> fields)
    {
        foreach (var field in fields)
        {
            Add(new XlsxColumn { Header = field.Header, Required = field.Required, Read = field.Read, ToCell = field.ToCell });
        }
    }

    private void AddFunding(FundingSourceKind source)
    {
        var planned = FundingHeader(source, FundingPart.Planned);
        Add(new XlsxColumn
        {
            Header = planned,
            Read = (record, raw) => ValueReaders.ReadInto<decimal>(ValueReaders.TryNumber, raw, value => Line(record, source).Planned = value),
            ToCell = record => record.FundingSources.Any(l => l.Source == source) ? record.PlannedFrom(source) : null,
        });
        Add(new XlsxColumn
        {
            Header = FundingHeader(source, FundingPart.Arrived),
            WrittenOnlyWhenUsed = true,
            CompanionOf = planned,
            Read = (record, raw) => ValueReaders.ReadInto<decimal>(ValueReaders.TryNumber, raw, value => Line(record, source).Arrived = value),
            ToCell = record =>
            {
                var arrived = record.FundingSources.Where(l => l.Source == source && l.Arrived.HasValue).ToList();
                return arrived.Count > 0 ? arrived.Sum(l => l.Arrived!.Value) : null;
            },
        });
    }

    private void AddPreWork(PreWorkKind kind)
    {
        var status = PreWorkHeader(kind, PreWorkPart.Status);
        Add(new XlsxColumn
        {
            Header = status,
            Read = (record, raw) => ValueReaders.ReadInto<PreWorkStatus>(ValueReaders.TryChoice, raw, value => Item(record, kind).Status = value),
            ToCell = record => record.FindPreWork(kind) is { } item ? ZhNames<PreWorkStatus>.Of(item.Status) : null,
        });
        AddPreWorkDetail(kind, PreWorkPart.DocNumber, status,
            (record, raw) => ValueReaders.ReadInto<string>(ValueReaders.TryText, raw, value => Item(record, kind).DocNumber = value),
            item => string.IsNullOrEmpty(item.DocNumber) ? null : item.DocNumber);
        AddPreWorkDetail(kind, PreWorkPart.Date, status,
            (record, raw) => ValueReaders.ReadInto<DateOnly>(ValueReaders.TryDate, raw, value => Item(record, kind).Date = value),
            item => item.Date?.ToDateTime(TimeOnly.MinValue));
        AddPreWorkDetail(kind, PreWorkPart.Expires, status,
            (record, raw) => ValueReaders.ReadInto<DateOnly>(ValueReaders.TryDate, raw, value => Item(record, kind).Expires = value),
            item => item.Expires?.ToDateTime(TimeOnly.MinValue));
    }

    private void AddPreWorkDetail(PreWorkKind kind, PreWorkPart part, string statusHeader,
        Func<ProjectRecord, RawValue, string?> read, Func<PreWorkItem, object?> toCell) =>
        Add(new XlsxColumn
        {
            Header = PreWorkHeader(kind, part),
            WrittenOnlyWhenUsed = true,
            CompanionOf = statusHeader,
            Read = read,
            ToCell = record => record.FindPreWork(kind) is { } item ? toCell(item) : null,
        });

    private void AddFact(FactDescriptor descriptor)
    {
        // Two columns with one header could not be told apart on reading; the key tells them apart.
        var header = _byHeader.ContainsKey(Normalize(descriptor.Label)) ? $"{descriptor.Label}({descriptor.Key})" : descriptor.Label;
        var added = Add(new XlsxColumn
        {
            Header = header,
            Read = (record, raw) => ValueReaders.ReadInto<FactValue>((RawValue r, out FactValue v, out string e) => FactValues.TryRead(descriptor, r, out v, out e),
                raw, value => record.Facts[descriptor.Key] = value),
            ToCell = record => record.Facts.TryGetValue(descriptor.Key, out var value) ? FactValues.ToCell(value) : null,
        });
        if (added)
        {
            _factHeaders[descriptor.Key] = header;
        }
    }

    private static FundingSourceLine Line(ProjectRecord record, FundingSourceKind source)
    {
        var line = record.FundingSources.FirstOrDefault(l => l.Source == source);
        if (line is null)
        {
            line = new FundingSourceLine { Source = source };
            record.FundingSources.Add(line);
        }
        return line;
    }

    private static PreWorkItem Item(ProjectRecord record, PreWorkKind kind)
    {
        var item = record.FindPreWork(kind);
        if (item is null)
        {
            item = new PreWorkItem { Item = kind };
            record.PreWork.Add(item);
        }
        return item;
    }
}
