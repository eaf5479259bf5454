using System.Text;
using OnexSchemas.Json;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>JSON pointers to lines and columns: members are located at their name, array items at their value.</summary>
public sealed class SourceMapTests
{
    private const string Text = """
        {
          "descripción": "café, ñandú, 中文", "name": "x",
          "nested": { "ключ": [10, "€€", {"deep": true}] },
          "a/b": { "m~n": 1 },
          "caf\u00e9": 2
        }
        """;

    private static SourceMap Map(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        return SourceMap.Build(utf8, new LineIndex(utf8), maxDepth: 64);
    }

    public static TheoryData<string, string, string?> Pointers => new()
    {
        // pointer, the text the finding must point at, an anchor before it
        { "", "{", null },
        { "#", "{", null },
        { "/descripción", "\"descripción\"", null },
        { "/name", "\"name\"", null },
        { "#/name", "\"name\"", null },
        { "/nested", "\"nested\"", null },
        { "/nested/ключ", "\"ключ\"", null },
        { "/nested/ключ/0", "10", null },
        { "/nested/ключ/1", "\"€€\"", null },
        { "/nested/ключ/2", "{\"deep\"", null },
        { "/nested/ключ/2/deep", "\"deep\"", null },
        { "/a~1b", "\"a/b\"", null },
        { "/a~1b/m~0n", "\"m~n\"", null },
        { "/café", "\"caf\\u00e9\"", null },
    };

    [Theory]
    [MemberData(nameof(Pointers))]
    public void PointerIsLocatedAtItsNameOrValue(string pointer, string needle, string? after)
    {
        Assert.Equal(TextPosition.Of(Text, needle, after), Map(Text).Locate(pointer));
    }

    [Theory]
    [InlineData("/missing", "{")]
    [InlineData("/nested/missing/deeper", "\"nested\"")]
    [InlineData("/nested/ключ/9", "\"ключ\"")]
    [InlineData("/name/not-an-object", "\"name\"")]
    public void PointerToNothingIsLocatedAtItsNearestExistingAncestor(string pointer, string ancestorNeedle)
    {
        Assert.Equal(TextPosition.Of(Text, ancestorNeedle), Map(Text).Locate(pointer));
    }

    [Fact]
    public void ContainsTellsWhetherAPointerNamesAValue()
    {
        var map = Map(Text);

        Assert.True(map.Contains("/nested/ключ/2/deep"));
        Assert.True(map.Contains("#/a~1b/m~0n"));
        Assert.False(map.Contains("/nested/ключ/3"));
        Assert.False(map.Contains("/a/b"));
    }

    [Fact]
    public void CarriageReturnLineFeedFilesKeepTheirLineNumbers()
    {
        var text = "{\r\n  \"a\": 1,\r\n  \"b\": {\r\n    \"c\": [true]\r\n  }\r\n}\r\n";

        var map = Map(text);

        Assert.Equal(TextPosition.Of(text, "\"c\""), map.Locate("/b/c"));
        Assert.Equal(TextPosition.Of(text, "true"), map.Locate("/b/c/0"));
    }

    [Fact]
    public void ScalarRootIsLocatedAtItsStart()
    {
        const string text = "\n\n   42";

        Assert.Equal(TextPosition.Of(text, "42"), Map(text).Locate(string.Empty));
    }
}
