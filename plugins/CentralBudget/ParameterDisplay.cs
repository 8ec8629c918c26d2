using System.Globalization;

namespace Reserve.Plugins.CentralBudget;

/// <summary>
/// Rule titles quote the numbers now in force so that a reader sees "70%" rather than "the limit"; they
/// are read from the parameters file (the latest dated value), never written twice. Messages quote the value
/// at the match date.
/// </summary>
internal static class ParameterDisplay
{
    public static decimal Latest(ParameterTable parameters, string key)
    {
        var history = parameters.History(key);
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i].Value is { } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }
        throw new FormatException($"参数 {key} 没有数值取值。");
    }

    /// <summary>The first date a parameter is in force, for messages that say since when a rule holds.</summary>
    public static DateOnly FirstFrom(ParameterTable parameters, string key) => parameters.History(key)[0].From;

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
