namespace OnexSchemas.Tests.Support;

/// <summary>
/// Computes where a piece of fixture text sits, as 1-based line and column counted in UTF-16 characters, so tests
/// derive expected locations from the fixture instead of hard-coding them.
/// </summary>
public static class TextPosition
{
    /// <summary>The position of the first <paramref name="needle"/> (after the first <paramref name="after"/>, when given).</summary>
    public static (int Line, int Column) Of(string text, string needle, string? after = null)
    {
        var start = 0;
        if (after is not null)
        {
            start = text.IndexOf(after, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"anchor '{after}' is not in the text", nameof(after));
            }

            start += after.Length;
        }

        var index = text.IndexOf(needle, start, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"'{needle}' is not in the text", nameof(needle));
        }

        return OfIndex(text, index);
    }

    /// <summary>The position of the character at <paramref name="index"/>.</summary>
    public static (int Line, int Column) OfIndex(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
