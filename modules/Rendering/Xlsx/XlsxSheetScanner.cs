using System.Globalization;
using System.Text;

namespace Reserve.Rendering.Xlsx;

/// <summary>
/// Reads the rows of a worksheet's XML straight from its UTF-8 bytes: the tags of sheetData (row, c, v, is,
/// t) with their attributes as byte spans, numbers parsed from the bytes, text decoded once. An XmlReader
/// spent most of a 100,000-row import making a string of every attribute of every cell, empty ones
/// included. Only what a worksheet may hold is handled (elements, attributes, text with the five entities
/// and character references, CDATA, comments, processing instructions); a document type declaration, or
/// anything malformed, throws <see cref="FormatException"/>, which the import reports as an unreadable file.
/// UTF-16 parts are left to the <see cref="System.Xml.XmlReader"/> path (<see cref="XlsxSheetReader"/>).
/// </summary>
internal sealed class XlsxSheetScanner : IDisposable
{
    private readonly Stream _stream;
    private readonly XlsxCellValues _cells;
    private byte[] _buffer = new byte[128 * 1024];
    private int _position;
    private int _length;
    private bool _endOfStream;
    private bool _inSheetData;
    private bool _done;
    private int _lastRow;

    // The current tag, as offsets into the buffer (valid until the buffer is refilled).
    private int _nameStart;
    private int _nameLength;
    private int _attributesStart;
    private int _attributesLength;

    public XlsxSheetScanner(Stream stream, XlsxCellValues cells)
    {
        _stream = stream;
        _cells = cells;
    }

    private enum Markup
    {
        None,
        Start,
        Empty,
        End,
    }

    public bool ReadRow(XlsxRow row)
    {
        row.Clear();
        while (!_done)
        {
            var markup = NextTag();
            if (markup == Markup.None)
            {
                _done = true;
                break;
            }
            if (!_inSheetData)
            {
                if (markup is Markup.Start or Markup.Empty && Name("sheetData"u8))
                {
                    _inSheetData = markup == Markup.Start;
                    _done = markup == Markup.Empty;
                }
                continue;
            }
            if (markup == Markup.End && Name("sheetData"u8))
            {
                _done = true;
                break;
            }
            if (markup is Markup.Start or Markup.Empty && Name("row"u8))
            {
                row.Number = Attribute("r"u8, out var r) && TryInt(r, out var number) && number > 0 ? number : _lastRow + 1;
                _lastRow = row.Number;
                if (markup == Markup.Start)
                {
                    ReadCells(row);
                }
                return true;
            }
            if (markup == Markup.Start)
            {
                SkipElement();
            }
        }
        return false;
    }

    public void Dispose() => _stream.Dispose();

    private void ReadCells(XlsxRow row)
    {
        var column = -1;
        while (true)
        {
            var markup = NextTag();
            switch (markup)
            {
                case Markup.None:
                    throw new FormatException("worksheet ends inside a row");
                case Markup.End when Name("row"u8):
                    return;
                case Markup.Start or Markup.Empty when Name("c"u8):
                    CellAttributes(out var reference, out var t, out var s);
                    column = reference.IsEmpty ? column + 1 : XlsxCellValues.ColumnOf(reference, column + 1);
                    if (markup == Markup.Start)
                    {
                        var type = t.IsEmpty ? null : XlsxCellValues.Type(t);
                        var style = !s.IsEmpty && TryInt(s, out var xf) ? xf : -1;
                        if (ReadCell(type, style) is { } value)
                        {
                            row.Add(column, value);
                        }
                    }
                    break;
                case Markup.Start:
                    SkipElement();
                    break;
            }
        }
    }

    /// <summary>A cell's children up to its end tag: the value (v) or the inline string (is); formulas and the rest are skipped.</summary>
    private XlsxCell? ReadCell(string? type, int style)
    {
        XlsxCell? value = null;
        while (true)
        {
            var markup = NextTag();
            switch (markup)
            {
                case Markup.None:
                    throw new FormatException("worksheet ends inside a cell");
                case Markup.End when Name("c"u8):
                    return value;
                case Markup.Start when Name("v"u8):
                    value = type is null ? ReadNumber(style) : Convert(ReadText("v"u8), type, style);
                    break;
                case Markup.Start when Name("is"u8):
                    value = Convert(ReadStringItem(), type, style);
                    break;
                case Markup.Start:
                    SkipElement();
                    break;
            }
        }
    }

    private XlsxCell? Convert(string text, string? type, int style) => _cells.Convert(text, type, style);

    /// <summary>A number's text parsed from its bytes, without making a string of it unless it is not a plain number.</summary>
    private XlsxCell? ReadNumber(int style)
    {
        var end = Find((byte)'<', 0);
        if (end > 0 && !StartsWith(end, "<![CDATA["u8))
        {
            var bytes = _buffer.AsSpan(_position, end);
            if (bytes.IndexOf((byte)'&') < 0 && double.TryParse(bytes, NumberStyles.Any, CultureInfo.InvariantCulture, out var number))
            {
                _position += end;
                ExpectEnd("v"u8);
                return _cells.Number(number, style);
            }
        }
        return Convert(ReadText("v"u8), null, style);
    }

    /// <summary>The text up to the element's end tag (entities, character references and CDATA resolved), consuming the end tag.</summary>
    private string ReadText(ReadOnlySpan<byte> element)
    {
        // The common case, plain text straight before its end tag, is decoded without a builder.
        var plainEnd = Find((byte)'<', 0);
        if (plainEnd >= 0 && ByteAt(plainEnd + 1) == (byte)'/')
        {
            var plain = _buffer.AsSpan(_position, plainEnd);
            if (plain.IndexOf((byte)'&') < 0)
            {
                var decoded = plain.IsEmpty ? "" : Encoding.UTF8.GetString(plain);
                _position += plainEnd;
                ExpectEnd(element);
                return decoded;
            }
        }
        var text = new StringBuilder();
        while (true)
        {
            var end = Find((byte)'<', 0);
            if (end < 0)
            {
                throw new FormatException("text runs to the end of the worksheet");
            }
            AppendText(text, _position, end);
            _position += end;
            if (StartsWith(0, "<![CDATA["u8))
            {
                var close = FindSequence("]]>"u8, 9);
                text.Append(Encoding.UTF8.GetString(_buffer, _position + 9, close - 9));
                _position += close + 3;
                continue;
            }
            if (StartsWith(0, "<!--"u8))
            {
                var skip = FindSequence("-->"u8, 4) + 3;
                _position += skip;
                continue;
            }
            ExpectEnd(element);
            return text.ToString();
        }
    }

    private void ExpectEnd(ReadOnlySpan<byte> element)
    {
        if (NextTag() != Markup.End || !Name(element))
        {
            throw new FormatException("an element where text was expected");
        }
    }

    /// <summary>An inline string (is): its t, or the t of each rich-text run; phonetic runs (rPh) are left out.</summary>
    private string ReadStringItem()
    {
        var text = new StringBuilder();
        while (true)
        {
            var markup = NextTag();
            switch (markup)
            {
                case Markup.None:
                    throw new FormatException("worksheet ends inside a string");
                case Markup.End when Name("is"u8):
                    return XlsxCellValues.Decode(text.ToString());
                case Markup.Start when Name("t"u8):
                    text.Append(ReadText("t"u8));
                    break;
                case Markup.Start when Name("rPh"u8):
                    SkipElement();
                    break;
            }
        }
    }

    /// <summary>Skips the children of the element just started, up to and past its end tag.</summary>
    private void SkipElement()
    {
        var depth = 1;
        while (depth > 0)
        {
            switch (NextTag())
            {
                case Markup.None:
                    throw new FormatException("worksheet ends inside an element");
                case Markup.Start:
                    depth++;
                    break;
                case Markup.End:
                    depth--;
                    break;
            }
        }
    }

    /// <summary>
    /// Moves to the next tag, past any text, comment, processing instruction or CDATA before it, and notes
    /// its local name and where its attributes are (valid until the next read from the stream). None at the
    /// end of the document.
    /// </summary>
    private Markup NextTag()
    {
        while (true)
        {
            var open = Find((byte)'<', 0);
            if (open < 0)
            {
                return Markup.None;
            }
            _position += open;
            // Almost every '<' starts a tag: the rarer markup is only looked for after '<?' or '<!'.
            var second = ByteAt(1);
            if (second == (byte)'?' && StartsWith(0, "<?"u8))
            {
                var skip = FindSequence("?>"u8, 2) + 2;
                _position += skip;
                continue;
            }
            if (second == (byte)'!')
            {
                if (StartsWith(0, "<!--"u8))
                {
                    var skip = FindSequence("-->"u8, 4) + 3;
                    _position += skip;
                    continue;
                }
                if (StartsWith(0, "<![CDATA["u8))
                {
                    var skip = FindSequence("]]>"u8, 9) + 3;
                    _position += skip;
                    continue;
                }
                throw new FormatException("a document type declaration is not allowed in a worksheet");
            }
            // The call may move the data in the buffer, so the position is read after it.
            var closeOffset = FindTagEnd(1);
            var close = _position + closeOffset;
            var end = _buffer[_position + 1] == (byte)'/';
            var empty = !end && _buffer[close - 1] == (byte)'/';
            var nameFrom = _position + (end ? 2 : 1);
            var tagEnd = empty ? close - 1 : close;
            var nameTo = nameFrom;
            while (nameTo < tagEnd && !IsSpace(_buffer[nameTo]))
            {
                nameTo++;
            }
            // Local name: after a namespace prefix (x:c is c).
            var colon = _buffer.AsSpan(nameFrom, nameTo - nameFrom).IndexOf((byte)':');
            _nameStart = colon >= 0 ? nameFrom + colon + 1 : nameFrom;
            _nameLength = nameTo - _nameStart;
            _attributesStart = nameTo;
            _attributesLength = tagEnd - nameTo;
            _position = close + 1;
            if (_nameLength <= 0)
            {
                throw new FormatException("a tag without a name");
            }
            return end ? Markup.End : empty ? Markup.Empty : Markup.Start;
        }
    }

    private bool Name(ReadOnlySpan<byte> local) => _buffer.AsSpan(_nameStart, _nameLength).SequenceEqual(local);

    /// <summary>An attribute of the current tag by its name (r, t, s); values in sheetData hold no entities that matter here.</summary>
    private bool Attribute(ReadOnlySpan<byte> local, out ReadOnlySpan<byte> value)
    {
        var attributes = _buffer.AsSpan(_attributesStart, _attributesLength);
        var i = 0;
        while (NextAttribute(attributes, ref i, out var name, out var found))
        {
            if (name.SequenceEqual(local))
            {
                value = found;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>
    /// A cell's reference (r), type (t) and style (s) in one pass over its attributes, since every cell has
    /// them; each is empty when absent.
    /// </summary>
    private void CellAttributes(out ReadOnlySpan<byte> reference, out ReadOnlySpan<byte> type, out ReadOnlySpan<byte> style)
    {
        reference = type = style = default;
        var attributes = _buffer.AsSpan(_attributesStart, _attributesLength);
        var i = 0;
        while (NextAttribute(attributes, ref i, out var name, out var value))
        {
            if (name.Length != 1)
            {
                continue;
            }
            switch (name[0])
            {
                case (byte)'r':
                    reference = value;
                    break;
                case (byte)'t':
                    type = value;
                    break;
                case (byte)'s':
                    style = value;
                    break;
            }
        }
    }

    /// <summary>
    /// The attribute that starts at or after <paramref name="i"/>: its name as written and its value; false when
    /// none is left. The attributes read here (r, t, s) belong to no namespace, so a prefixed name never is one
    /// of them, as with <see cref="System.Xml.XmlReader.GetAttribute(string)"/>.
    /// </summary>
    private static bool NextAttribute(ReadOnlySpan<byte> attributes, scoped ref int i, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        while (i < attributes.Length && IsSpace(attributes[i]))
        {
            i++;
        }
        var nameFrom = i;
        while (i < attributes.Length && attributes[i] != (byte)'=' && !IsSpace(attributes[i]))
        {
            i++;
        }
        name = attributes[nameFrom..i];
        while (i < attributes.Length && (IsSpace(attributes[i]) || attributes[i] == (byte)'='))
        {
            i++;
        }
        if (i >= attributes.Length)
        {
            value = default;
            return false;
        }
        var quote = attributes[i];
        if (quote is not ((byte)'"' or (byte)'\''))
        {
            throw new FormatException("an attribute value without quotes");
        }
        var valueTo = attributes[(i + 1)..].IndexOf(quote);
        if (valueTo < 0)
        {
            throw new FormatException("an attribute value without its closing quote");
        }
        value = attributes.Slice(i + 1, valueTo);
        i += valueTo + 2;
        return true;
    }

    private static bool TryInt(ReadOnlySpan<byte> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>Appends UTF-8 text with its entities and character references resolved.</summary>
    private void AppendText(StringBuilder text, int start, int length)
    {
        var span = _buffer.AsSpan(start, length);
        while (span.Length > 0)
        {
            var amp = span.IndexOf((byte)'&');
            if (amp < 0)
            {
                text.Append(Encoding.UTF8.GetString(span));
                return;
            }
            text.Append(Encoding.UTF8.GetString(span[..amp]));
            var semicolon = span[amp..].IndexOf((byte)';');
            if (semicolon < 0)
            {
                throw new FormatException("an entity without its semicolon");
            }
            var entity = span.Slice(amp + 1, semicolon - 1);
            text.Append(Entity(entity));
            span = span[(amp + semicolon + 1)..];
        }
    }

    private static string Entity(ReadOnlySpan<byte> entity)
    {
        if (entity.SequenceEqual("lt"u8)) { return "<"; }
        if (entity.SequenceEqual("gt"u8)) { return ">"; }
        if (entity.SequenceEqual("amp"u8)) { return "&"; }
        if (entity.SequenceEqual("quot"u8)) { return "\""; }
        if (entity.SequenceEqual("apos"u8)) { return "'"; }
        if (entity.Length > 1 && entity[0] == (byte)'#')
        {
            var hex = entity[1] is (byte)'x' or (byte)'X';
            var digits = entity[(hex ? 2 : 1)..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF))
            {
                return char.ConvertFromUtf32(code);
            }
        }
        // Also a reference to a character XML 1.0 does not allow (&#0;, &#1;), as XmlReader refuses it.
        throw new FormatException("an unknown entity");
    }

    // ---- The buffer. Offsets are counted from the current position, so that reading more (which moves the
    // unread data to the front of the buffer) leaves them valid. ----

    /// <summary>The byte at <paramref name="offset"/> from the position, or -1 past the end of the document.</summary>
    private int ByteAt(int offset)
    {
        while (_length - _position <= offset)
        {
            if (!Fill())
            {
                return -1;
            }
        }
        return _buffer[_position + offset];
    }

    private bool StartsWith(int offset, ReadOnlySpan<byte> text)
    {
        while (_length - _position < offset + text.Length)
        {
            if (!Fill())
            {
                return false;
            }
        }
        return _buffer.AsSpan(_position + offset, text.Length).SequenceEqual(text);
    }

    /// <summary>Offset of the byte at or after <paramref name="from"/>, or -1 at the end of the document.</summary>
    private int Find(byte value, int from)
    {
        while (true)
        {
            var index = _buffer.AsSpan(_position + from, _length - _position - from).IndexOf(value);
            if (index >= 0)
            {
                return from + index;
            }
            from = _length - _position;
            if (!Fill())
            {
                return -1;
            }
        }
    }

    private int FindSequence(ReadOnlySpan<byte> value, int from)
    {
        while (true)
        {
            var index = _buffer.AsSpan(_position + from, _length - _position - from).IndexOf(value);
            if (index >= 0)
            {
                return from + index;
            }
            from = Math.Max(from, _length - _position - value.Length + 1);
            if (!Fill())
            {
                throw new FormatException("the worksheet ends inside a comment or declaration");
            }
        }
    }

    /// <summary>Offset of the '&gt;' that ends the tag begun at the position (quotes respected).</summary>
    private int FindTagEnd(int from)
    {
        byte quote = 0;
        while (true)
        {
            while (_position + from < _length)
            {
                var rest = _buffer.AsSpan(_position + from, _length - _position - from);
                var at = quote != 0 ? rest.IndexOf(quote) : rest.IndexOfAny((byte)'>', (byte)'"', (byte)'\'');
                if (at < 0)
                {
                    from += rest.Length;
                    break;
                }
                from += at;
                var b = _buffer[_position + from];
                if (quote != 0)
                {
                    quote = 0;
                }
                else if (b == (byte)'>')
                {
                    return from;
                }
                else
                {
                    quote = b;
                }
                from++;
            }
            if (!Fill())
            {
                throw new FormatException("the worksheet ends inside a tag");
            }
        }
    }

    /// <summary>Reads more of the stream after moving the unread data to the front (growing the buffer when it is full).</summary>
    private bool Fill()
    {
        if (_endOfStream)
        {
            return false;
        }
        if (_position > 0)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, _length - _position);
            _length -= _position;
            _position = 0;
        }
        if (_length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
        if (read == 0)
        {
            _endOfStream = true;
            return false;
        }
        _length += read;
        return true;
    }
}
