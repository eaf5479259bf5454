using System.Text;

namespace OnexSchemas.Json;

/// <summary>Builds and splits RFC 6901 JSON pointers, the way findings name places inside a schema.</summary>
public static class JsonPointerText
{
    /// <summary>Escapes one reference token (<c>~</c> to <c>~0</c>, <c>/</c> to <c>~1</c>).</summary>
    public static string Escape(string token) =>
        token.Contains('~') || token.Contains('/') ? token.Replace("~", "~0").Replace("/", "~1") : token;

    /// <summary>Undoes <see cref="Escape"/>.</summary>
    public static string Unescape(string token) =>
        token.Contains('~') ? token.Replace("~1", "/").Replace("~0", "~") : token;

    /// <summary>Appends a token to a pointer.</summary>
    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    /// <summary>Appends an array index to a pointer.</summary>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Splits a pointer (without a leading <c>#</c>) into unescaped tokens; false when it is malformed.</summary>
    public static bool TrySplit(string pointer, out IReadOnlyList<string> tokens)
    {
        if (pointer.Length == 0)
        {
            tokens = [];
            return true;
        }

        if (pointer[0] != '/')
        {
            tokens = [];
            return false;
        }

        tokens = pointer[1..].Split('/').Select(Unescape).ToArray();
        return true;
    }

    /// <summary>Decodes the percent-encoding a URI fragment may carry before it is read as a pointer.</summary>
    public static string DecodeFragment(string fragment)
    {
        if (!fragment.Contains('%'))
        {
            return fragment;
        }

        try
        {
            return Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            return fragment;
        }
    }

    /// <summary>Joins tokens into a pointer.</summary>
    public static string Join(IEnumerable<string> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append('/').Append(Escape(token));
        }

        return builder.ToString();
    }
}
