namespace OnexSchemas.Build.Tests.Support;

/// <summary>Text edits on schema files, and the 1-based line and column MSBuild should report for a position.</summary>
internal static class SchemaText
{
    /// <summary>The index of the <paramref name="occurrence"/>-th (1-based) <paramref name="value"/> in <paramref name="text"/>.</summary>
    public static int IndexOf(string text, string value, int occurrence = 1)
    {
        var index = -1;
        for (var found = 0; found < occurrence; found++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"occurrence {occurrence} of '{value}' not found");
        }

        return index;
    }

    /// <summary>The 1-based line and column of <paramref name="index"/> (the files are ASCII up to the edits, so characters are bytes).</summary>
    public static (int Line, int Column) PositionOf(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }

    /// <summary><paramref name="text"/> with the <paramref name="length"/> characters at <paramref name="index"/> replaced.</summary>
    public static string Splice(string text, int index, int length, string replacement) =>
        string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + length));

    /// <summary>Replaces exactly one occurrence of <paramref name="oldValue"/>; fails when there is none or several.</summary>
    public static string ReplaceOnce(string text, string oldValue, string newValue)
    {
        var index = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{oldValue}' not found");
        Assert.True(text.IndexOf(oldValue, index + 1, StringComparison.Ordinal) < 0, $"'{oldValue}' occurs more than once");
        return Splice(text, index, oldValue.Length, newValue);
    }
}
