using System.Globalization;
using Reserve.Projects.Interchange;
using Reserve.Sdk.Formatting;
using Reserve.Sdk.Projects;

namespace Reserve.Projects.Validation;

/// <summary>One pass of <see cref="ProjectValidator"/> over one record, collecting every problem.</summary>
internal sealed class RecordChecks(ProjectRecord record, int row, ChannelFacts facts, IColumnNames names)
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 100;
    public const int ScaleMaxLength = 2000;
    public const int RegionLength = 6;

    private readonly List<ImportProblem> _problems = [];

    public IReadOnlyList<ImportProblem> Run()
    {
        CheckIdentity();
        CheckSchedule();
        CheckAmounts();
        CheckFundingSources();
        CheckRequests();
        CheckPreWork();
        CheckFacts();
        CheckInvisibleCharacters();
        return _problems;
    }

    private void CheckIdentity()
    {
        if (Required(RecordFields.Name, record.Name) && Length(record.Name) is var length and (< NameMinLength or > NameMaxLength))
        {
            Report(RecordFields.Name, $"“{Shorten(record.Name)}”共{length}个字，应为{NameMinLength}–{NameMaxLength}个字");
        }
        Required(RecordFields.Department, record.Department);
        Required(RecordFields.Unit, record.Unit);

        if (!string.IsNullOrEmpty(record.Code) && !ProjectCodeFormat.IsWellFormed(record.Code))
        {
            Report(RecordFields.Code, $"“{record.Code}”不符合项目代码格式，应为{ProjectCodeFormat.Expected}");
        }
        if (!string.IsNullOrEmpty(record.UnitCreditCode) && CreditCodeProblem(record.UnitCreditCode) is { } creditProblem)
        {
            Report(RecordFields.UnitCreditCode, creditProblem);
        }
    }

    private static string? CreditCodeProblem(string code)
    {
        if (code.Length != UnifiedCreditCode.Length)
        {
            return $"统一社会信用代码“{code}”共{code.Length}位，应为{UnifiedCreditCode.Length}位";
        }
        if (UnifiedCreditCode.FirstInvalidCharacter(code) is { } invalid)
        {
            return $"统一社会信用代码“{code}”含有不允许的字符“{invalid}”（只用数字和除 I、O、S、V、Z 以外的大写字母）";
        }
        var expected = UnifiedCreditCode.ExpectedCheckCharacter(code);
        return expected == code[^1] ? null : $"统一社会信用代码“{code}”校验位错误，按前17位应为“{expected}”";
    }

    private void CheckSchedule()
    {
        if (!string.IsNullOrEmpty(record.Region) && !(record.Region.Length == RegionLength && record.Region.All(char.IsAsciiDigit)))
        {
            Report(RecordFields.Region, $"“{record.Region}”不是{RegionLength}位数字的行政区划代码");
        }
        if (Required(RecordFields.Scale, record.Scale) && Length(record.Scale) is var length and > ScaleMaxLength)
        {
            Report(RecordFields.Scale, $"共{length}个字，超过{ScaleMaxLength}个字");
        }
        if (record.PlannedStart is { } start && record.PlannedEnd is { } end && end < start)
        {
            Report(RecordFields.PlannedEnd, $"计划建成时间 {Iso(end)} 早于计划开工时间 {Iso(start)}");
        }
    }

    private void CheckAmounts()
    {
        var total = record.TotalInvestment;
        if (total == 0)
        {
            Report(RecordFields.TotalInvestment, "必填，应为大于0的金额（万元）");
        }
        else if (total < 0)
        {
            Report(RecordFields.TotalInvestment, $"“{Number(total)}”应大于0");
        }

        NotNegative(RecordFields.LandArea, record.LandArea);
        NotNegative(RecordFields.Equity, record.Equity);
        NotNegative(RecordFields.FeasibilityEstimate, record.FeasibilityEstimate);
        NotNegative(RecordFields.DesignBudget, record.DesignBudget);
        NotNegative(RecordFields.CompletedInvestment, record.CompletedInvestment);
        NotNegative(RecordFields.AnnualPlan, record.AnnualPlan);
        NotNegative(RecordFields.ProjectRevenue, record.ProjectRevenue);
        NotNegative(RecordFields.DebtService, record.DebtService);
        NotNegative(RecordFields.CoverageRatio, record.CoverageRatio);

        if (total > 0)
        {
            NotAboveTotal(RecordFields.Equity, record.Equity);
            NotAboveTotal(RecordFields.CompletedInvestment, record.CompletedInvestment);
        }
    }

    private void CheckFundingSources()
    {
        var seen = new HashSet<FundingSourceKind>();
        foreach (var line in record.FundingSources)
        {
            var source = ZhNames<FundingSourceKind>.Of(line.Source);
            if (!seen.Add(line.Source))
            {
                Report(names.Funding(line.Source, FundingPart.Planned), $"资金来源“{source}”重复出现");
            }
            if (line.Planned < 0)
            {
                Report(names.Funding(line.Source, FundingPart.Planned), $"{source}计划金额“{Number(line.Planned)}”不能为负数");
            }
            if (line.Arrived is < 0)
            {
                Report(names.Funding(line.Source, FundingPart.Arrived), $"{source}到位金额“{Number(line.Arrived.Value)}”不能为负数");
            }
        }
        // The remainder is the 资金缺口; only a sum above the total is wrong.
        if (record.TotalInvestment > 0 && record.PlannedTotal > record.TotalInvestment)
        {
            Report(names.FundingTotal, $"资金来源计划合计 {ZhFormat.Wan(record.PlannedTotal)} 超过总投资 {ZhFormat.Wan(record.TotalInvestment)}");
        }
    }

    private void CheckRequests()
    {
        for (var i = 0; i < record.Requests.Count; i++)
        {
            var request = record.Requests[i];
            if (string.IsNullOrWhiteSpace(request.Channel))
            {
                Report(names.Requests, $"第{i + 1}项未写渠道");
            }
            else if (!facts.Channels.Accepts(request.Channel))
            {
                Report(names.Requests, $"第{i + 1}项的渠道“{request.Channel}”不在资金渠道目录中，请写渠道的中文名称，如 {facts.Channels.Examples()}");
            }
            if (!string.IsNullOrWhiteSpace(request.Channel)
                && record.Requests.FindIndex(r => string.Equals(r.Channel, request.Channel, StringComparison.OrdinalIgnoreCase)) is var first and >= 0 && first < i)
            {
                Report(names.Requests, $"第{i + 1}项与第{first + 1}项是同一渠道“{facts.Channels.NameOf(request.Channel)}”，请合并为一项");
            }
            if (request.Amount < 0)
            {
                Report(names.Requests, $"渠道“{facts.Channels.NameOf(request.Channel)}”的金额“{Number(request.Amount)}”不能为负数");
            }
        }
    }

    private void CheckPreWork()
    {
        var seen = new HashSet<PreWorkKind>();
        foreach (var item in record.PreWork)
        {
            var name = ZhNames<PreWorkKind>.Of(item.Item);
            if (!seen.Add(item.Item))
            {
                Report(names.PreWork(item.Item, PreWorkPart.Status), $"前期工作“{name}”重复出现");
            }
            if (item.Status == PreWorkStatus.Committed && item.Expires is null)
            {
                Report(names.PreWork(item.Item, PreWorkPart.Expires), $"前期工作“{name}”为容缺承诺，应填写承诺完成期限（有效期）");
            }
        }
    }

    private void CheckFacts()
    {
        foreach (var (key, value) in record.Facts)
        {
            if (facts.Find(key) is not { } descriptor)
            {
                Report(names.Fact(key), $"“{key}”不是任何渠道登记的要素，无法识别");
            }
            else if (FactValues.Mismatch(descriptor, value) is { } mismatch)
            {
                Report(names.Fact(key), mismatch);
            }
        }
    }

    /// <summary>
    /// Control characters other than tab and line breaks come only from a damaged file or a program's output: nobody
    /// can see them, printed documents would carry them, and PostgreSQL refuses U+0000 outright.
    /// </summary>
    private void CheckInvisibleCharacters()
    {
        foreach (var field in RecordFields.All)
        {
            if (field.TextOf?.Invoke(record) is { } text && InvisibleCharacter(text) is { } found)
            {
                Report(field, Invisible(found));
            }
        }
        // A list is one field: its first such character is reported once.
        if (record.Tags.Select(InvisibleCharacter).FirstOrDefault(c => c is not null) is { } inTags)
        {
            Report(RecordFields.Tags, Invisible(inTags));
        }
        foreach (var item in record.PreWork)
        {
            if (item.DocNumber is { } number && InvisibleCharacter(number) is { } found)
            {
                Report(names.PreWork(item.Item, PreWorkPart.DocNumber), Invisible(found));
            }
        }
        if (record.Requests.Select(r => r.Channel is { } channel ? InvisibleCharacter(channel) : null).FirstOrDefault(c => c is not null) is { } inRequests)
        {
            Report(names.Requests, Invisible(inRequests));
        }
        foreach (var (key, value) in record.Facts)
        {
            if ((InvisibleCharacter(key) ?? (value.Text is { } text ? InvisibleCharacter(text) : null)) is { } found)
            {
                Report(names.Fact(key), Invisible(found));
            }
        }
    }

    private static char? InvisibleCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return c;
            }
        }
        return null;
    }

    private static string Invisible(char c) => $"含有看不见的控制字符（U+{(int)c:X4}），请删除后重新填写";

    /// <summary>Reports an empty required text; true when the text is given.</summary>
    private bool Required(RecordField field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        Report(field, "必填，不能为空");
        return false;
    }

    private void NotNegative(RecordField field, decimal? amount)
    {
        if (amount is < 0)
        {
            Report(field, $"“{Number(amount.Value)}”不能为负数");
        }
    }

    private void NotAboveTotal(RecordField field, decimal? amount)
    {
        if (amount is { } value && value > record.TotalInvestment)
        {
            Report(field, $"{field.Header} {ZhFormat.Wan(value)} 超过总投资 {ZhFormat.Wan(record.TotalInvestment)}");
        }
    }

    private void Report(RecordField field, string message) => Report(names.Field(field), message);

    private void Report(string column, string message) => _problems.Add(new ImportProblem(row, column, message));

    /// <summary>Characters as a reader counts them (a character outside the BMP is one, not two).</summary>
    private static int Length(string text) => text.EnumerateRunes().Count();

    private static string Shorten(string text) => RawValue.OfText(text).Display;

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
