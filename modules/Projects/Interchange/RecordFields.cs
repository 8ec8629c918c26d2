using Reserve.Sdk.Projects;

namespace Reserve.Projects.Interchange;

/// <summary>
/// A single-valued field of the record: its JSON key, its Chinese column name (project-record.md), how to
/// read it from a file value and how to write it to a spreadsheet cell. The JSON and XLSX readers and the
/// XLSX writer all work from these, so a field is named and parsed the same way everywhere.
/// </summary>
internal sealed class RecordField
{
    public required string Key { get; init; }

    /// <summary>The Chinese column name; also the XLSX header.</summary>
    public required string Header { get; init; }

    /// <summary>Must be present as an XLSX column (the record cannot stand without it).</summary>
    public bool Required { get; init; }

    /// <summary>Reads a given (non-empty) value into the record; returns the reason when it cannot, else null.</summary>
    public required Func<ProjectRecord, RawValue, string?> Read { get; init; }

    /// <summary>The value as a cell: string, decimal, DateTime, or null when the record does not give it.</summary>
    public required Func<ProjectRecord, object?> ToCell { get; init; }

    /// <summary>The field's text, for a text field (null for the others).</summary>
    public Func<ProjectRecord, string?>? TextOf { get; init; }

    /// <summary>How JSON problems name the field: 总投资(totalInvestment).</summary>
    public string JsonName => $"{Header}({Key})";
}

/// <summary>The single-valued fields of project-record.md, grouped in the order of the document.</summary>
internal static class RecordFields
{
    // Identity and ownership
    public static readonly RecordField Id = Text("id", "储备编号", r => r.Id, (r, v) => r.Id = v);
    public static readonly RecordField Code = Text("code", "项目代码", r => r.Code, (r, v) => r.Code = v);
    public static readonly RecordField Name = Text("name", "项目名称", r => r.Name, (r, v) => r.Name = v, required: true);
    public static readonly RecordField Department = Text("department", "主管部门", r => r.Department, (r, v) => r.Department = v, required: true);
    public static readonly RecordField Unit = Text("unit", "项目单位", r => r.Unit, (r, v) => r.Unit = v, required: true);
    public static readonly RecordField UnitCreditCode = Text("unitCreditCode", "统一社会信用代码", r => r.UnitCreditCode, (r, v) => r.UnitCreditCode = v);
    public static readonly RecordField Leader = Text("leader", "包抓领导", r => r.Leader, (r, v) => r.Leader = v);
    public static readonly RecordField Contact = Text("contact", "联系人及电话", r => r.Contact, (r, v) => r.Contact = v);

    // Classification
    public static readonly RecordField ProjectType = Choice<ProjectType>("projectType", "项目类型", r => r.ProjectType, (r, v) => r.ProjectType = v);
    public static readonly RecordField Attribute = Choice<ProjectAttribute>("attribute", "项目属性", r => r.Attribute, (r, v) => r.Attribute = v);
    public static readonly RecordField Field = Choice<ProjectField>("field", "所属领域", r => r.Field, (r, v) => r.Field = v);
    public static readonly RecordField IndustryCode = Text("industryCode", "国标行业代码", r => r.IndustryCode, (r, v) => r.IndustryCode = v);
    public static readonly RecordField Nature = Choice<ConstructionNature>("nature", "建设性质", r => r.Nature, (r, v) => r.Nature = v);
    public static readonly RecordField Tags = Make<List<string>>("tags", "标签", ValueReaders.TryTextList, (r, v) => r.Tags = v,
        r => r.Tags.Count > 0 ? string.Join("、", r.Tags) : null);

    // Scope and schedule
    public static readonly RecordField Region = Text("region", "建设地点区划代码", r => r.Region, (r, v) => r.Region = v);
    public static readonly RecordField Address = Text("address", "建设地点", r => r.Address, (r, v) => r.Address = v);
    public static readonly RecordField Scale = Text("scale", "建设规模及内容", r => r.Scale, (r, v) => r.Scale = v, required: true);
    public static readonly RecordField LandArea = Number("landArea", "用地面积（亩）", r => r.LandArea, (r, v) => r.LandArea = v);
    public static readonly RecordField PlannedStart = Date("plannedStart", "计划开工时间", r => r.PlannedStart, (r, v) => r.PlannedStart = v);
    public static readonly RecordField PlannedEnd = Date("plannedEnd", "计划建成时间", r => r.PlannedEnd, (r, v) => r.PlannedEnd = v);
    public static readonly RecordField Stage = Choice<ProjectStage>("stage", "项目阶段", r => r.Stage, (r, v) => r.Stage = v);
    public static readonly RecordField ActualStart = Date("actualStart", "实际开工时间", r => r.ActualStart, (r, v) => r.ActualStart = v);

    // Money (万元)
    public static readonly RecordField TotalInvestment = Number("totalInvestment", "总投资", r => r.TotalInvestment, (r, v) => r.TotalInvestment = v, required: true);
    public static readonly RecordField Equity = Number("equity", "项目资本金", r => r.Equity, (r, v) => r.Equity = v);
    public static readonly RecordField FeasibilityEstimate = Number("feasibilityEstimate", "可研估算", r => r.FeasibilityEstimate, (r, v) => r.FeasibilityEstimate = v);
    public static readonly RecordField DesignBudget = Number("designBudget", "初设概算", r => r.DesignBudget, (r, v) => r.DesignBudget = v);
    public static readonly RecordField CompletedInvestment = Number("completedInvestment", "累计完成投资", r => r.CompletedInvestment, (r, v) => r.CompletedInvestment = v);
    public static readonly RecordField AnnualPlan = Number("annualPlan", "年度计划投资", r => r.AnnualPlan, (r, v) => r.AnnualPlan = v);

    // Revenue
    public static readonly RecordField RevenueSources = Text("revenueSources", "收益来源", r => r.RevenueSources, (r, v) => r.RevenueSources = v);
    public static readonly RecordField ProjectRevenue = Number("projectRevenue", "项目预期收益总额", r => r.ProjectRevenue, (r, v) => r.ProjectRevenue = v);
    public static readonly RecordField DebtService = Number("debtService", "融资本息总额", r => r.DebtService, (r, v) => r.DebtService = v);
    public static readonly RecordField CoverageRatio = Number("coverageRatio", "本息覆盖倍数", r => r.CoverageRatio, (r, v) => r.CoverageRatio = v);

    // Compliance
    public static readonly RecordField Dishonest = Flag("dishonest", "项目单位列入失信名单", r => r.Dishonest, (r, v) => r.Dishonest = v);
    public static readonly RecordField CentralFundedBefore = Flag("centralFundedBefore", "已获中央预算内投资支持", r => r.CentralFundedBefore, (r, v) => r.CentralFundedBefore = v);
    public static readonly RecordField NegativeList = Make<List<NegativeListItem>>("negativeList", "涉及负面清单内容",
        ValueReaders.TryChoiceList, (r, v) => r.NegativeList = v,
        r => r.NegativeList switch
        {
            null => null,
            [] => ValueReaders.None,
            var items => string.Join("、", items.Select(ZhNames<NegativeListItem>.Of)),
        });
    public static readonly RecordField InNationalLibrary = Flag("inNationalLibrary", "已纳入国家重大建设项目库", r => r.InNationalLibrary, (r, v) => r.InNationalLibrary = v);
    public static readonly RecordField InRollingPlan = Flag("inRollingPlan", "已纳入三年滚动投资计划", r => r.InRollingPlan, (r, v) => r.InRollingPlan = v);

    public static readonly IReadOnlyList<RecordField> IdentityAndClassification =
        [Id, Code, Name, Department, Unit, UnitCreditCode, Leader, Contact, ProjectType, Attribute, Field, IndustryCode, Nature, Tags];

    public static readonly IReadOnlyList<RecordField> ScheduleAndMoney =
        [Region, Address, Scale, LandArea, PlannedStart, PlannedEnd, Stage, ActualStart,
         TotalInvestment, Equity, FeasibilityEstimate, DesignBudget, CompletedInvestment, AnnualPlan];

    public static readonly IReadOnlyList<RecordField> Revenue = [RevenueSources, ProjectRevenue, DebtService, CoverageRatio];

    public static readonly IReadOnlyList<RecordField> Compliance = [Dishonest, CentralFundedBefore, NegativeList, InNationalLibrary, InRollingPlan];

    public static readonly IReadOnlyList<RecordField> All = [.. IdentityAndClassification, .. ScheduleAndMoney, .. Revenue, .. Compliance];

    private static RecordField Make<T>(string key, string header, ValueReader<T> read, Action<ProjectRecord, T> set,
        Func<ProjectRecord, object?> toCell, bool required = false, Func<ProjectRecord, string?>? textOf = null) => new()
    {
        Key = key,
        Header = header,
        Required = required,
        Read = (record, raw) => ValueReaders.ReadInto(read, raw, value => set(record, value)),
        ToCell = toCell,
        TextOf = textOf,
    };

    private static RecordField Text(string key, string header, Func<ProjectRecord, string?> get, Action<ProjectRecord, string> set, bool required = false) =>
        Make(key, header, ValueReaders.TryText, set, r => string.IsNullOrEmpty(get(r)) ? null : get(r), required, textOf: get);

    private static RecordField Number(string key, string header, Func<ProjectRecord, decimal?> get, Action<ProjectRecord, decimal> set, bool required = false) =>
        Make(key, header, ValueReaders.TryNumber, set, r => get(r), required);

    private static RecordField Date(string key, string header, Func<ProjectRecord, DateOnly?> get, Action<ProjectRecord, DateOnly> set) =>
        Make(key, header, ValueReaders.TryDate, set, r => get(r)?.ToDateTime(TimeOnly.MinValue));

    private static RecordField Flag(string key, string header, Func<ProjectRecord, bool?> get, Action<ProjectRecord, bool> set) =>
        Make(key, header, ValueReaders.TryFlag, set, r => get(r) is { } flag ? FlagWord(flag) : null);

    private static RecordField Choice<TEnum>(string key, string header, Func<ProjectRecord, TEnum?> get, Action<ProjectRecord, TEnum> set)
        where TEnum : struct, Enum =>
        Make<TEnum>(key, header, ValueReaders.TryChoice, set, r => get(r) is { } value ? ZhNames<TEnum>.Of(value) : null);

    public static string FlagWord(bool flag) => flag ? "是" : "否";
}
