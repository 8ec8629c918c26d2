using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Reserve.Projects.Storage;

/// <summary>
/// How Microsoft.Data.Sqlite stores a parameter's value, for the kinds of value our entities hold: integers and
/// booleans as INTEGER, doubles as REAL, text as UTF-8, and decimals, dates and times as the text it formats them
/// to (SqliteValueBinder). An encoded value is null, a boxed long, a boxed double or UTF-8 bytes.
/// </summary>
internal static class SqliteStorageValue
{
    /// <summary>
    /// The encoding for values of <paramref name="providerType"/> bound as <paramref name="storage"/> with
    /// <paramref name="size"/> (the parameter's), or null for a kind this does not encode.
    /// </summary>
    public static Encoding? For(Type providerType, SqliteType storage, int size)
    {
        var type = Nullable.GetUnderlyingType(providerType) ?? providerType;
        if (type.IsEnum)
        {
            type = Enum.GetUnderlyingType(type);
        }
        Func<object, object>? encode = type switch
        {
            // Text is cut to the parameter's size, in characters, when it sets one (as the binder does).
            _ when type == typeof(string) => v => Utf8(Truncate((string)v, size)),
            _ when type == typeof(bool) => v => (bool)v ? 1L : 0L,
            _ when type == typeof(byte) || type == typeof(short) || type == typeof(int) || type == typeof(long) =>
                v => Convert.ToInt64(v, CultureInfo.InvariantCulture),
            _ when type == typeof(double) => v => Real((double)v),
            _ when type == typeof(decimal) => v => Utf8(((decimal)v).ToString("0.0###########################", CultureInfo.InvariantCulture)),
            // Dates and times are text unless the parameter asks for REAL (julian days), which is not encoded here.
            _ when type == typeof(DateTime) && storage == SqliteType.Text =>
                v => Utf8(((DateTime)v).ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            _ when type == typeof(DateOnly) && storage == SqliteType.Text =>
                v => Utf8(((DateOnly)v).ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            _ => null,
        };
        return encode is null ? null : new Encoding(encode);
    }

    private static string Truncate(string text, int size) => size > 0 && text.Length > size ? text[..size] : text;

    private static object Real(double value) =>
        double.IsNaN(value) ? throw new InvalidOperationException("SQLite 不能保存 NaN") : value;

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    /// <summary>One column's encoding: null stays null (bound as NULL).</summary>
    public sealed class Encoding(Func<object, object> encode)
    {
        public object? Encode(object? value) => value is null or DBNull ? null : encode(value);
    }
}
