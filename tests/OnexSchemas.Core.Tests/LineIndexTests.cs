using System.Text;
using OnexSchemas.Json;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>Byte offsets to 1-based lines and character columns, including lines with multi-byte characters.</summary>
public sealed class LineIndexTests
{
    private static LineIndex Index(string text) => new(Encoding.UTF8.GetBytes(text));

    private static int ByteOffset(string text, string needle) =>
        Encoding.UTF8.GetByteCount(text.AsSpan(0, text.IndexOf(needle, StringComparison.Ordinal)));

    [Theory]
    [InlineData("ab\ncd", "a")]
    [InlineData("ab\ncd", "b")]
    [InlineData("ab\ncd", "c")]
    [InlineData("ab\ncd", "d")]
    [InlineData("\n\nx", "x")]
    [InlineData("é中 x", "x")]
    [InlineData("{\n  \"clé\": \"ñandú\", \"b\": 1\n}", "\"b\"")]
    [InlineData("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}", "\"b\"")]
    [InlineData("ключ\nзначение: \"€\" v", "v")]
    public void OffsetMapsToLineAndCharacterColumn(string text, string needle)
    {
        var expected = TextPosition.Of(text, needle);

        Assert.Equal(expected, Index(text).Locate(ByteOffset(text, needle)));
    }

    [Fact]
    public void OffsetsOutsideTheTextAreClamped()
    {
        var index = Index("ab\ncd");

        Assert.Equal((1, 1), index.Locate(-5));
        Assert.Equal((2, 3), index.Locate(5));
        Assert.Equal((2, 3), index.Locate(500));
    }

    [Fact]
    public void LineCountCountsLineFeeds()
    {
        Assert.Equal(1, Index(string.Empty).LineCount);
        Assert.Equal(3, Index("a\nb\nc").LineCount);
        Assert.Equal(3, Index("a\r\nb\r\n").LineCount);
    }

    [Fact]
    public void LineAndBytePositionAreConvertedToCharacterColumns()
    {
        const string text = "{\n  \"clé\": \"ñandú\",, \"b\": 1\n}";
        var secondLine = text.Split('\n')[1];
        var bytesIntoLine = Encoding.UTF8.GetByteCount(secondLine.AsSpan(0, secondLine.IndexOf(",,", StringComparison.Ordinal) + 1));

        var position = Index(text).LocateLineByte(1, bytesIntoLine);

        Assert.Equal(TextPosition.Of(text, ",", after: "ñandú\","), position);
    }

    [Fact]
    public void LineAndBytePositionAreClampedToTheText()
    {
        var index = Index("ab\ncd");

        Assert.Equal((2, 1), index.LocateLineByte(7, 0));
        Assert.Equal((2, 3), index.LocateLineByte(1, 99));
        Assert.Equal((1, 1), index.LocateLineByte(-1, -1));
    }
}
