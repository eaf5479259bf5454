namespace OnexSchemas.Build.Generator.Parsing;

/// <summary>A SemVer 2.0.0 check (the grammar of semver.org, as OnexSchemas.Core's SemanticVersion reads it), without regular expressions.</summary>
internal static class SemanticVersionText
{
    /// <summary>True when <paramref name="text"/> is <c>MAJOR.MINOR.PATCH[-pre-release][+build]</c>; returns its major.</summary>
    public static bool TryGetMajor(string text, out int major)
    {
        major = 0;
        var position = 0;
        if (!ReadNumber(text, ref position, out major)
            || !Skip(text, ref position, '.') || !ReadNumber(text, ref position, out _)
            || !Skip(text, ref position, '.') || !ReadNumber(text, ref position, out _))
        {
            return false;
        }

        if (position < text.Length && text[position] == '-')
        {
            position++;
            if (!ReadIdentifiers(text, ref position, numericWithoutLeadingZero: true))
            {
                return false;
            }
        }

        if (position < text.Length && text[position] == '+')
        {
            position++;
            if (!ReadIdentifiers(text, ref position, numericWithoutLeadingZero: false))
            {
                return false;
            }
        }

        return position == text.Length;
    }

    private static bool ReadNumber(string text, ref int position, out int value)
    {
        value = 0;
        var start = position;
        while (position < text.Length && text[position] >= '0' && text[position] <= '9')
        {
            if (value > (int.MaxValue - 9) / 10)
            {
                return false;
            }

            value = (value * 10) + (text[position] - '0');
            position++;
        }

        var length = position - start;
        return length > 0 && (length == 1 || text[start] != '0');
    }

    private static bool Skip(string text, ref int position, char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    private static bool ReadIdentifiers(string text, ref int position, bool numericWithoutLeadingZero)
    {
        while (true)
        {
            var start = position;
            var numeric = true;
            while (position < text.Length && IsIdentifierChar(text[position]))
            {
                numeric &= text[position] >= '0' && text[position] <= '9';
                position++;
            }

            var length = position - start;
            if (length == 0 || (numericWithoutLeadingZero && numeric && length > 1 && text[start] == '0'))
            {
                return false;
            }

            if (position < text.Length && text[position] == '.')
            {
                position++;
                continue;
            }

            return true;
        }
    }

    private static bool IsIdentifierChar(char c) =>
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
}
