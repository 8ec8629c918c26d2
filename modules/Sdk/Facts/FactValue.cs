using System.Globalization;

namespace Reserve.Sdk.Facts;

/// <summary>The value of a channel-specific fact. Absent facts are simply not in the map: unknown is not false.</summary>
public readonly record struct FactValue
{
    private FactValue(FactType type, decimal number, string? text, bool flag, DateOnly date)
    {
        Type = type;
        Number = number;
        Text = text;
        Flag = flag;
        Date = date;
    }

    public FactType Type { get; }
    public decimal Number { get; }
    public string? Text { get; }
    public bool Flag { get; }
    public DateOnly Date { get; }

    public static FactValue Of(decimal number) => new(FactType.Number, number, null, false, default);
    public static FactValue Of(int number) => new(FactType.Integer, number, null, false, default);
    public static FactValue Of(bool flag) => new(FactType.Boolean, 0, null, flag, default);
    public static FactValue Of(string text) => new(FactType.Text, 0, text, false, default);
    public static FactValue Of(DateOnly date) => new(FactType.Date, 0, null, false, date);
    public static FactValue Choice(string text) => new(FactType.Choice, 0, text, false, default);

    /// <summary>How the value is written in files and on screen.</summary>
    public override string ToString() => Type switch
    {
        FactType.Number or FactType.Integer => Number.ToString(CultureInfo.InvariantCulture),
        FactType.Boolean => Flag ? "是" : "否",
        FactType.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Text ?? "",
    };
}
