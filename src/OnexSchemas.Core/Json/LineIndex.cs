using System.Text;

namespace OnexSchemas.Json;

/// <summary>Turns byte offsets in a UTF-8 text into 1-based line and character column numbers.</summary>
public sealed class LineIndex
{
    private readonly byte[] _utf8;
    private readonly int[] _lineStarts;

    /// <summary>Indexes the line starts of <paramref name="utf8"/>.</summary>
    public LineIndex(byte[] utf8)
    {
        _utf8 = utf8;
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>The number of lines in the text.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line and column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var clamped = (int)Math.Clamp(offset, 0, _utf8.Length);
        var index = Array.BinarySearch(_lineStarts, clamped);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, ColumnOf(line, clamped - _lineStarts[line]));
    }

    /// <summary>The 1-based column of a position given, as System.Text.Json reports it, by 0-based line and byte position.</summary>
    public (int Line, int Column) LocateLineByte(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Length - 1);
        var available = (line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _utf8.Length) - _lineStarts[line];
        var bytes = (int)Math.Clamp(bytePositionInLine, 0, available);
        return (line + 1, ColumnOf(line, bytes));
    }

    // Columns count characters, not bytes, so that editors land on the right character in non-ASCII lines.
    private int ColumnOf(int line, int bytesIntoLine) =>
        Encoding.UTF8.GetCharCount(_utf8, _lineStarts[line], bytesIntoLine) + 1;
}
