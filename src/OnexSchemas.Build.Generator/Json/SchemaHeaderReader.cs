using System;
using System.Globalization;
using System.Text;

namespace OnexSchemas.Build.Generator.Json;

/// <summary>How a field the reader looks for was found.</summary>
internal enum JsonFieldKind
{
    /// <summary>The key is absent.</summary>
    Missing,

    /// <summary>The value is a string.</summary>
    String,

    /// <summary>The value is something other than a string.</summary>
    Other,
}

/// <summary>A field of interest: its kind, its string value and where its value sits in the text.</summary>
/// <param name="Kind">Missing, a string, or another kind of value.</param>
/// <param name="Value">The unescaped string, for <see cref="JsonFieldKind.String"/>.</param>
/// <param name="Start">The offset of the value's first character (the opening quote of a string).</param>
/// <param name="Length">The value's length in the text, quotes included.</param>
internal readonly record struct JsonField(JsonFieldKind Kind, string? Value, int Start, int Length)
{
    /// <summary>An absent field.</summary>
    public static JsonField Missing => default;
}

/// <summary>What <see cref="SchemaHeaderReader"/> pulls from a schema file: root-level fields and <c>x-onex</c>.</summary>
internal sealed class SchemaHeader
{
    /// <summary>The offset of the root value.</summary>
    public int RootStart { get; set; }

    /// <summary>True when the root value is an object.</summary>
    public bool RootIsObject { get; set; }

    /// <summary>The root <c>description</c>.</summary>
    public JsonField Description { get; set; }

    /// <summary>The root <c>namespace</c>: in the tree config, the topic namespace.</summary>
    public JsonField Namespace { get; set; }

    /// <summary>The root <c>x-onex</c> value (its span is the value's, only the kind and position are kept).</summary>
    public JsonField Onex { get; set; }

    /// <summary>True when the root <c>x-onex</c> value is an object.</summary>
    public bool OnexIsObject { get; set; }

    /// <summary>The offset of the <c>"x-onex"</c> key, for diagnostics about the object.</summary>
    public int OnexKeyStart { get; set; }

    /// <summary>The length of the <c>"x-onex"</c> key, quotes included.</summary>
    public int OnexKeyLength { get; set; }

    /// <summary><c>x-onex.topic</c>.</summary>
    public JsonField Topic { get; set; }

    /// <summary><c>x-onex.version</c>.</summary>
    public JsonField Version { get; set; }

    /// <summary><c>x-onex.sunset</c>.</summary>
    public JsonField Sunset { get; set; }

    /// <summary>True when <c>x-onex.deprecated</c> is the literal <c>true</c> (anything else is not deprecated, as in OnexSchemas.Core).</summary>
    public bool Deprecated { get; set; }

    /// <summary>Root <c>properties</c> whose PascalCase names clash with <c>IOnexEvent</c>'s members.</summary>
    public Model.ExplicitMembers ClashingProperties { get; set; }
}

/// <summary>A JSON syntax error: a message and the offset it points at.</summary>
/// <param name="Message">What is wrong, in a sentence fragment.</param>
/// <param name="Position">The offset of the offending character (the text's length at an unexpected end).</param>
internal readonly record struct JsonSyntaxError(string Message, int Position);

/// <summary>
/// A small, strict JSON reader (RFC 8259, no comments, no trailing commas, no leading zeros, no unescaped control
/// characters, nesting at most <see cref="MaxDepth"/> levels) that checks a whole document but keeps only what the
/// generator needs: the root <c>description</c> and <c>namespace</c> (the tree config's), the root <c>x-onex</c> object's <c>topic</c>, <c>version</c>,
/// <c>deprecated</c> and <c>sunset</c>, and the names of the root <c>properties</c>. It builds no tree: every other
/// value is scanned and dropped, and strings are materialised only for the fields above. System.Text.Json is not
/// available to a netstandard2.0 generator without shipping it alongside, hence this reader.
/// </summary>
internal sealed class SchemaHeaderReader
{
    /// <summary>The deepest nesting accepted, as in OnexSchemas.Core's LoadOptions.MaxDepth.</summary>
    public const int MaxDepth = 128;

    private readonly string _text;
    private readonly SchemaHeader _header = new();
    private int _position;

    private SchemaHeaderReader(string text) => _text = text;

    /// <summary>Reads a document; false with <paramref name="error"/> when it is not well-formed JSON.</summary>
    public static bool TryRead(string text, out SchemaHeader header, out JsonSyntaxError error)
    {
        var reader = new SchemaHeaderReader(text);
        header = reader._header;
        try
        {
            reader.ReadDocument();
            error = default;
            return true;
        }
        catch (SyntaxException exception)
        {
            error = new JsonSyntaxError(exception.Message, exception.Position);
            return false;
        }
    }

    private void ReadDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Fail("the file is empty; a JSON document has one value");
        }

        _header.RootStart = _position;
        if (_text[_position] == '{')
        {
            _header.RootIsObject = true;
            ReadObject(ObjectKind.Root, 1);
        }
        else
        {
            SkipValue(1);
        }

        SkipWhitespace();
        if (_position < _text.Length)
        {
            throw Fail("unexpected " + Describe(_text[_position]) + " after the root value");
        }
    }

    /// <summary>What the members of the object being read mean to the reader.</summary>
    private enum ObjectKind
    {
        /// <summary>The root: description, x-onex and properties are read.</summary>
        Root,

        /// <summary>The root x-onex object: topic, version, deprecated and sunset are read.</summary>
        Onex,

        /// <summary>The root properties object: only its keys matter.</summary>
        Properties,

        /// <summary>Any other object: checked and dropped.</summary>
        Other,
    }

    /// <summary>
    /// Reads an object from its '{' to its '}': <c>"key": value</c> pairs, each value read according to
    /// <paramref name="kind"/>. <paramref name="depth"/> is the object's own nesting level (the root is 1).
    /// </summary>
    private void ReadObject(ObjectKind kind, int depth)
    {
        _position++; // '{'
        var seen = 0;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Fail(AtEnd ? "unexpected end of the file inside an object" : "expected a property name in double quotes, found " + Describe(_text[_position]));
            }

            var keyStart = _position;
            var key = ReadString();
            SkipWhitespace();
            Expect(':', "after a property name");
            SkipWhitespace();
            if (AtEnd)
            {
                throw Fail("unexpected end of the file; expected a value");
            }

            switch (kind)
            {
                case ObjectKind.Root:
                    ReadRootMember(key, keyStart, ref seen);
                    break;
                case ObjectKind.Onex:
                    ReadOnexMember(key, keyStart, ref seen);
                    break;
                case ObjectKind.Properties:
                    _header.ClashingProperties |= ClashOf(key);
                    SkipValue(depth + 1);
                    break;
                default:
                    SkipValue(depth + 1);
                    break;
            }

            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == '}')
            {
                _position++;
                return;
            }

            throw Fail(AtEnd ? "unexpected end of the file inside an object" : "expected ',' or '}' after a property value, found " + Describe(next));
        }
    }

    private void ReadRootMember(StringToken key, int keyStart, ref int seen)
    {
        if (KeyIs(key, "description"))
        {
            Once(ref seen, 1, "description", keyStart);
            _header.Description = ReadField(2);
        }
        else if (KeyIs(key, "x-onex"))
        {
            Once(ref seen, 2, "x-onex", keyStart);
            _header.OnexKeyStart = keyStart;
            _header.OnexKeyLength = key.End + 1 - keyStart;
            var start = _position;
            if (_text[_position] == '{')
            {
                _header.OnexIsObject = true;
                ReadObject(ObjectKind.Onex, 2);
                _header.Onex = new JsonField(JsonFieldKind.Other, null, start, _position - start);
            }
            else
            {
                _header.Onex = ReadField(2);
            }
        }
        else if (KeyIs(key, "namespace"))
        {
            Once(ref seen, 8, "namespace", keyStart);
            _header.Namespace = ReadField(2);
        }
        else if (KeyIs(key, "properties"))
        {
            Once(ref seen, 4, "properties", keyStart);
            if (_text[_position] == '{')
            {
                ReadObject(ObjectKind.Properties, 2);
            }
            else
            {
                SkipValue(2);
            }
        }
        else
        {
            SkipValue(2);
        }
    }

    private void ReadOnexMember(StringToken key, int keyStart, ref int seen)
    {
        if (KeyIs(key, "topic"))
        {
            Once(ref seen, 1, "topic", keyStart);
            _header.Topic = ReadField(3);
        }
        else if (KeyIs(key, "version"))
        {
            Once(ref seen, 2, "version", keyStart);
            _header.Version = ReadField(3);
        }
        else if (KeyIs(key, "deprecated"))
        {
            Once(ref seen, 4, "deprecated", keyStart);
            _header.Deprecated = string.CompareOrdinal(_text, _position, "true", 0, 4) == 0;
            SkipValue(3);
        }
        else if (KeyIs(key, "sunset"))
        {
            Once(ref seen, 8, "sunset", keyStart);
            _header.Sunset = ReadField(3);
        }
        else
        {
            SkipValue(3);
        }
    }

    private JsonField ReadField(int depth)
    {
        var start = _position;
        if (_text[_position] == '"')
        {
            var token = ReadString();
            return new JsonField(JsonFieldKind.String, Decode(token), start, _position - start);
        }

        SkipValue(depth);
        return new JsonField(JsonFieldKind.Other, null, start, _position - start);
    }

    private void SkipValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Fail("the document nests deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }

        if (AtEnd)
        {
            throw Fail("unexpected end of the file; expected a value");
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                ReadObject(ObjectKind.Other, depth);
                return;
            case '[':
                _position++;
                SkipArray(depth);
                return;
            case '"':
                ReadString();
                return;
            case 't':
                ExpectLiteral("true");
                return;
            case 'f':
                ExpectLiteral("false");
                return;
            case 'n':
                ExpectLiteral("null");
                return;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    SkipNumber();
                    return;
                }

                throw Fail("unexpected " + Describe(c) + "; expected a value");
        }
    }

    private void SkipArray(int depth)
    {
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return;
        }

        while (true)
        {
            SkipWhitespace();
            SkipValue(depth + 1);
            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == ']')
            {
                _position++;
                return;
            }

            throw Fail(AtEnd ? "unexpected end of the file inside an array" : "expected ',' or ']' after an array element, found " + Describe(next));
        }
    }

    private void SkipNumber()
    {
        if (_text[_position] == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
            if (IsDigit(Peek()))
            {
                throw Fail("a number has a leading zero");
            }
        }
        else if (IsDigit(Peek()))
        {
            SkipDigits();
        }
        else
        {
            throw Fail("a number needs a digit after '-'");
        }

        if (Peek() == '.')
        {
            _position++;
            if (!IsDigit(Peek()))
            {
                throw Fail("a number needs a digit after '.'");
            }

            SkipDigits();
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            if (!IsDigit(Peek()))
            {
                throw Fail("a number needs a digit in its exponent");
            }

            SkipDigits();
        }
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _position++;
        }
    }

    private void ExpectLiteral(string literal)
    {
        if (_position + literal.Length > _text.Length || string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Fail("unexpected " + Describe(_text[_position]) + "; expected a value (true, false and null are lower case)");
        }

        _position += literal.Length;
    }

    /// <summary>Scans a string token, checking its escapes, and leaves the position after its closing quote.</summary>
    private StringToken ReadString()
    {
        var open = _position;
        _position++; // '"'
        var escaped = false;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return new StringToken(open + 1, _position - 1, escaped);
            }

            if (c == '\\')
            {
                escaped = true;
                _position++;
                switch (Peek())
                {
                    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                        _position++;
                        break;
                    case 'u':
                        _position++;
                        for (var i = 0; i < 4; i++)
                        {
                            if (!IsHex(Peek()))
                            {
                                throw Fail("'\\u' is followed by four hexadecimal digits");
                            }

                            _position++;
                        }

                        break;
                    default:
                        throw Fail(AtEnd ? "unterminated string" : "invalid escape '\\" + _text[_position] + "' in a string");
                }

                continue;
            }

            if (c < ' ')
            {
                throw Fail("unescaped control character " + Describe(c) + " in a string");
            }

            _position++;
        }

        _position = open;
        throw Fail("unterminated string");
    }

    private string Decode(StringToken token)
    {
        if (!token.HasEscapes)
        {
            return _text.Substring(token.Start, token.End - token.Start);
        }

        var builder = new StringBuilder(token.End - token.Start);
        for (var i = token.Start; i < token.End; i++)
        {
            var c = _text[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            i++;
            switch (_text[i])
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    builder.Append((char)int.Parse(_text.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(_text[i]); break;
            }
        }

        return builder.ToString();
    }

    private bool KeyIs(StringToken key, string literal)
    {
        if (key.HasEscapes)
        {
            return Decode(key) == literal;
        }

        return key.End - key.Start == literal.Length && string.CompareOrdinal(_text, key.Start, literal, 0, literal.Length) == 0;
    }

    /// <summary>
    /// Which member a property name would clash with once made PascalCase: compared ignoring case and every
    /// character that is not a letter or digit, so <c>event_type</c>, <c>eventType</c> and <c>EventType</c> all clash.
    /// </summary>
    private Model.ExplicitMembers ClashOf(StringToken key)
    {
        var name = key.HasEscapes ? Decode(key) : _text.Substring(key.Start, key.End - key.Start);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString() switch
        {
            "topic" => Model.ExplicitMembers.Topic,
            "eventtype" => Model.ExplicitMembers.EventType,
            "schemaversion" => Model.ExplicitMembers.SchemaVersion,
            _ => Model.ExplicitMembers.None,
        };
    }

    private void Once(ref int seen, int bit, string name, int keyStart)
    {
        if ((seen & bit) != 0)
        {
            _position = keyStart;
            throw Fail("the property '" + name + "' appears twice in the same object");
        }

        seen |= bit;
    }

    private void Expect(char expected, string context)
    {
        if (Peek() != expected)
        {
            throw Fail(AtEnd
                ? "unexpected end of the file; expected '" + expected + "' " + context
                : "expected '" + expected + "' " + context + ", found " + Describe(_text[_position]));
        }

        _position++;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            {
                return;
            }

            _position++;
        }
    }

    private bool AtEnd => _position >= _text.Length;

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsHex(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static string Describe(char c) =>
        c < ' ' || c == '\u007F' || c == '\uFEFF'
            ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
            : "'" + c + "'";

    private SyntaxException Fail(string message) => new(message, _position);

    /// <summary>A scanned string: its content span (without quotes) and whether it has escapes.</summary>
    private readonly record struct StringToken(int Start, int End, bool HasEscapes);

    /// <summary>Unwinds the recursive descent on the first error; never escapes <see cref="TryRead"/>.</summary>
    private sealed class SyntaxException : Exception
    {
        public SyntaxException(string message, int position)
            : base(message) => Position = position;

        public int Position { get; }
    }
}
