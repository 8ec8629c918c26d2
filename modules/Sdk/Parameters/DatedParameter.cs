using Reserve.Sdk.Rules;

namespace Reserve.Sdk.Parameters;

/// <summary>
/// A policy parameter whose value changes by date (a ratio, a cap, a list). Each value holds from its
/// date until the next one; a null value ends the parameter (the policy lapsed).
/// </summary>
public sealed class DatedParameter<T>
{
    private readonly DateOnly[] _from;
    private readonly T?[] _values;
    private readonly bool[] _ended;

    internal DatedParameter(ParameterInfo info, IReadOnlyList<(DateOnly From, T? Value, bool Ended)> values)
    {
        Info = info;
        var ordered = values.OrderBy(v => v.From).ToArray();
        _from = ordered.Select(v => v.From).ToArray();
        _values = ordered.Select(v => v.Value).ToArray();
        _ended = ordered.Select(v => v.Ended).ToArray();
    }

    public ParameterInfo Info { get; }

    /// <summary>The value in force on a date; false when none is (before the first date, or after an end).</summary>
    public bool TryAt(DateOnly date, out T value)
    {
        for (var i = _from.Length - 1; i >= 0; i--)
        {
            if (_from[i] <= date)
            {
                if (_ended[i])
                {
                    break;
                }
                value = _values[i]!;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>The newest value that is not an end, for titles that show the current figure.</summary>
    public T Latest
    {
        get
        {
            for (var i = _values.Length - 1; i >= 0; i--)
            {
                if (!_ended[i])
                {
                    return _values[i]!;
                }
            }
            throw new ParameterNotInForceException($"参数“{Info.Label}”（{Info.Key}）没有任何有效取值。");
        }
    }

    /// <summary>Every value the parameter has held (ended periods left out), for checks made once at load.</summary>
    public IEnumerable<T> History()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (!_ended[i])
            {
                yield return _values[i]!;
            }
        }
    }

    /// <summary>Each value with the date it holds from (ended periods left out), for titles that list the values by year.</summary>
    public IEnumerable<(DateOnly From, T Value)> Periods()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (!_ended[i])
            {
                yield return (_from[i], _values[i]!);
            }
        }
    }

    /// <summary>
    /// The values by year as a title shows them, e.g. "2019年20%、2020年25%、2025年起30%": each shown value with the year
    /// it starts, the last one "起" (from then on), so that a title never repeats a number the parameters hold.
    /// </summary>
    public string ByYear(Func<T, string> format, Func<T, bool>? shown = null)
    {
        var periods = Periods().Where(p => shown?.Invoke(p.Value) ?? true).ToList();
        return string.Join("、", periods.Select((p, i) => $"{p.From.Year}年{(i == periods.Count - 1 && periods.Count > 1 ? "起" : "")}{format(p.Value)}"));
    }

    /// <summary>The value in force on a date; throws when no value is, which marks the channel's result as an error.</summary>
    public T At(DateOnly date) =>
        TryAt(date, out var value)
            ? value
            : throw new ParameterNotInForceException($"参数“{Info.Label}”（{Info.Key}）在 {date:yyyy-MM-dd} 没有有效取值。");
}

/// <summary>Describes a parameter for people: its key, Chinese label, unit and source.</summary>
public sealed record ParameterInfo(string Key, string Label, string? Unit, PolicySource? Source);

public sealed class ParameterNotInForceException(string message) : Exception(message);
