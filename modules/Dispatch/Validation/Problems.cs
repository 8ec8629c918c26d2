using Reserve.Sdk.Formatting;

namespace Reserve.Dispatch.Validation;

/// <summary>Collects problems with the field each concerns; the checks every validator shares.</summary>
internal sealed class Problems
{
    private readonly List<DispatchProblem> _list = [];

    public IReadOnlyList<DispatchProblem> List => _list;

    public void Add(string field, string message) => _list.Add(new DispatchProblem(field, message));

    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "不能为空");
        }
        else
        {
            MaxLength(field, value, maxLength);
        }
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"长度为{value.Length}字，超过上限{maxLength}字");
        }
    }

    public void NotNegative(string field, decimal value)
    {
        if (value < 0)
        {
            Add(field, $"为{ZhFormat.Wan(value)}，不能为负数");
        }
    }

    public void Defined<TEnum>(string field, TEnum value) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, $"取值“{value}”无效，应为{string.Join("、", Sdk.Projects.ZhNames<TEnum>.All)}之一");
        }
    }
}
