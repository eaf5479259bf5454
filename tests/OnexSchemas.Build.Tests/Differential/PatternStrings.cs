using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace OnexSchemas.Build.Tests.Differential;

/// <summary>
/// Builds strings that match a schema <c>pattern</c>, from the pattern itself: the small regular-expression subset the
/// tree uses (literals, escapes, classes, groups, alternation, quantifiers, anchors) is parsed into a generator.
/// A pattern outside the subset gets no generator; the caller then falls back to the schema's examples.
/// </summary>
internal sealed class PatternStrings
{
    private static readonly Dictionary<string, PatternStrings?> Cache = new(StringComparer.Ordinal);
    private readonly Regex _regex;

    private PatternStrings(string pattern, Gen<string> matching, bool anchoredEnd)
    {
        Pattern = pattern;
        Matching = matching;
        // The semantics JSON Schema prescribes (ECMA-262), as close as .NET gets: ASCII classes, and a final $ that
        // does not match before a trailing newline (\z); used to check generated strings.
        _regex = new Regex(anchoredEnd ? pattern[..^1] + @"\z" : pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    /// <summary>Strings that match the pattern, mostly short.</summary>
    public Gen<string> Matching { get; }

    /// <summary>The generator for <paramref name="pattern"/>, or null when it uses syntax outside the subset.</summary>
    public static PatternStrings? For(string pattern)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(pattern, out var strings))
            {
                strings = Parse(pattern);
                Cache[pattern] = strings;
            }

            return strings;
        }
    }

    /// <summary>True when <paramref name="value"/> matches the pattern the way ECMA-262 would (no match before a final newline).</summary>
    public bool IsMatch(string value) => _regex.IsMatch(value);

    /// <summary>
    /// <paramref name="value"/> (a match) grown or shrunk to <paramref name="length"/> code points while still matching,
    /// by repeating or removing one character at a time; null when the pattern does not allow that length.
    /// </summary>
    public string? Resize(string value, int length)
    {
        var current = value;
        while (CodePoints.Count(current) != length)
        {
            var grow = CodePoints.Count(current) < length;
            string? next = null;
            var points = CodePoints.Split(current);
            for (var i = points.Count - 1; i >= 0 && next is null; i--)
            {
                var candidate = grow
                    ? string.Concat(points.Take(i + 1)) + points[i] + string.Concat(points.Skip(i + 1))
                    : string.Concat(points.Take(i)) + string.Concat(points.Skip(i + 1));
                if (IsMatch(candidate))
                {
                    next = candidate;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static PatternStrings? Parse(string pattern)
    {
        try
        {
            var parser = new Parser(pattern);
            var matching = parser.Parse();
            return new PatternStrings(pattern, matching, parser.AnchoredEnd);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Recursive descent over the subset; each construct becomes a <see cref="Gen{T}"/> of its matches.</summary>
    private sealed class Parser(string pattern)
    {
        private const string Printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
        private int _position;
        private bool _anchoredStart;
        private bool _anchoredEnd;

        public bool AnchoredEnd => _anchoredEnd;

        public Gen<string> Parse()
        {
            var body = Alternation();
            if (_position != pattern.Length)
            {
                throw new NotSupportedException($"unexpected '{pattern[_position]}' at {_position}");
            }

            // An unanchored pattern matches inside longer strings: surround the match with free text at times.
            var prefix = _anchoredStart ? Gen.Const(string.Empty) : Gen.Frequency((3, Gen.Const(string.Empty)), (1, Gen.Char["abc -_/0"].Array[1, 4].Select(chars => new string(chars))));
            var suffix = _anchoredEnd ? Gen.Const(string.Empty) : Gen.Frequency((3, Gen.Const(string.Empty)), (1, Gen.Char["abc -_/0"].Array[1, 4].Select(chars => new string(chars))));
            return Gen.Select(prefix, body, suffix, (p, b, s) => p + b + s);
        }

        private Gen<string> Alternation()
        {
            var branches = new List<Gen<string>> { Sequence() };
            while (Peek('|'))
            {
                _position++;
                branches.Add(Sequence());
            }

            return branches.Count == 1 ? branches[0] : Gen.OneOf(branches.ToArray());
        }

        private Gen<string> Sequence()
        {
            var parts = new List<Gen<string>>();
            while (_position < pattern.Length && pattern[_position] is not ('|' or ')'))
            {
                var atom = Atom();
                if (atom is not null)
                {
                    parts.Add(Quantified(atom));
                }
            }

            return parts.Aggregate(Gen.Const(string.Empty), (sequence, part) => Gen.Select(sequence, part, (a, b) => a + b));
        }

        private Gen<string>? Atom()
        {
            var c = pattern[_position++];
            switch (c)
            {
                case '^':
                    if (_position != 1)
                    {
                        throw new NotSupportedException("^ inside a pattern");
                    }

                    _anchoredStart = true;
                    return null;
                case '$':
                    if (_position != pattern.Length)
                    {
                        throw new NotSupportedException("$ inside a pattern");
                    }

                    _anchoredEnd = true;
                    return null;
                case '(':
                    if (Peek('?'))
                    {
                        if (_position + 1 < pattern.Length && pattern[_position + 1] == ':')
                        {
                            _position += 2;
                        }
                        else
                        {
                            throw new NotSupportedException("look-around and named groups");
                        }
                    }

                    var group = Alternation();
                    Expect(')');
                    return group;
                case '[':
                    return Class();
                case '.':
                    return Gen.Char[Printable].Select(ch => ch.ToString());
                case '\\':
                    return Escape(inClass: false).Select(ch => ch.ToString());
                case '*' or '+' or '?' or '{' or ')' or '|':
                    throw new NotSupportedException($"'{c}' at {_position - 1}");
                default:
                    return Gen.Const(c.ToString());
            }
        }

        private Gen<string> Class()
        {
            var negated = Peek('^');
            if (negated)
            {
                _position++;
            }

            var members = new StringBuilder();
            var first = true;
            while (!Peek(']') || first)
            {
                first = false;
                if (_position >= pattern.Length)
                {
                    throw new NotSupportedException("unterminated class");
                }

                string low;
                if (pattern[_position] == '\\')
                {
                    _position++;
                    low = EscapeSet();
                }
                else
                {
                    low = pattern[_position++].ToString();
                }

                if (low.Length == 1 && Peek('-') && _position + 1 < pattern.Length && pattern[_position + 1] != ']')
                {
                    _position++;
                    var high = pattern[_position] == '\\' ? throw new NotSupportedException("escaped range end") : pattern[_position++];
                    for (var ch = low[0]; ch <= high; ch++)
                    {
                        members.Append(ch);
                    }
                }
                else
                {
                    members.Append(low);
                }
            }

            Expect(']');
            var set = members.ToString();
            if (negated)
            {
                set = new string(Printable.Where(ch => !set.Contains(ch)).ToArray()) + "éЖ中";
            }

            return Gen.Char[set].Select(ch => ch.ToString());
        }

        private Gen<char> Escape(bool inClass)
        {
            var set = EscapeSet();
            return set.Length == 1 && !inClass ? Gen.Const(set[0]) : Gen.Char[set];
        }

        // The characters an escape stands for; \d, \w and \s with their ECMA-262 (ASCII) meaning.
        private string EscapeSet()
        {
            var c = pattern[_position++];
            return c switch
            {
                'd' => "0123456789",
                'w' => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_",
                's' => " \t\n",
                'n' => "\n",
                't' => "\t",
                _ when char.IsAsciiLetterOrDigit(c) => throw new NotSupportedException($"\\{c}"),
                _ => c.ToString(),
            };
        }

        private Gen<string> Quantified(Gen<string> atom)
        {
            if (_position >= pattern.Length)
            {
                return atom;
            }

            (int Min, int Max)? range = pattern[_position] switch
            {
                '*' => (0, 6),
                '+' => (1, 6),
                '?' => (0, 1),
                '{' => Braces(),
                _ => null,
            };
            if (range is not { } bounds)
            {
                return atom;
            }

            var (min, max) = bounds;
            _position++; // past the quantifier, or the closing brace

            if (Peek('?'))
            {
                _position++; // lazy: the same matches
            }

            return Gen.Int[min, max].SelectMany(count => atom.Array[count]).Select(string.Concat);
        }

        private (int, int) Braces()
        {
            var close = pattern.IndexOf('}', _position);
            if (close < 0)
            {
                throw new NotSupportedException("unterminated braces");
            }

            var text = pattern[(_position + 1)..close];
            _position = close; // the caller steps over the closing brace
            var parts = text.Split(',');
            var min = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            var max = parts.Length == 1 ? min : parts[1].Length == 0 ? min + 6 : int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            return (min, max);
        }

        private bool Peek(char c) => _position < pattern.Length && pattern[_position] == c;

        private void Expect(char c)
        {
            if (!Peek(c))
            {
                throw new NotSupportedException($"expected '{c}' at {_position}");
            }

            _position++;
        }
    }
}

/// <summary>Counting and splitting in Unicode code points, as JSON Schema's length keywords count.</summary>
internal static class CodePoints
{
    public static int Count(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    public static List<string> Split(string value)
    {
        var points = new List<string>();
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                points.Add(value.Substring(i, 2));
                i++;
            }
            else
            {
                points.Add(value[i].ToString());
            }
        }

        return points;
    }
}
