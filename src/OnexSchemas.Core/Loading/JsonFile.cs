using System.Text.Json;
using OnexSchemas.Json;

namespace OnexSchemas.Loading;

/// <summary>A parsed JSON file with the means to locate any value in it.</summary>
public sealed class JsonFile
{
    private readonly int _maxDepth;
    private LineIndex? _lines;
    private SourceMap? _sourceMap;

    internal JsonFile(string relativePath, string displayPath, byte[] utf8, JsonDocument document, int maxDepth)
    {
        RelativePath = relativePath;
        DisplayPath = displayPath;
        Utf8 = utf8;
        Document = document;
        _maxDepth = maxDepth;
    }

    /// <summary>The path under the schema root, with '/' separators.</summary>
    public string RelativePath { get; }

    /// <summary>The path findings name.</summary>
    public string DisplayPath { get; }

    /// <summary>The file's bytes (UTF-8, without a byte-order mark).</summary>
    public byte[] Utf8 { get; }

    /// <summary>The parsed document.</summary>
    public JsonDocument Document { get; }

    /// <summary>The root value.</summary>
    public JsonElement Root => Document.RootElement;

    /// <summary>The line index, built on first use.</summary>
    public LineIndex Lines => _lines ??= new LineIndex(Utf8);

    /// <summary>The pointer-to-position map, built on first use.</summary>
    public SourceMap SourceMap => _sourceMap ??= SourceMap.Build(Utf8, Lines, _maxDepth);

    /// <summary>The location of the value a JSON pointer names (or its nearest existing ancestor).</summary>
    public Diagnostics.SourceLocation Locate(string pointer)
    {
        var (line, column) = SourceMap.Locate(pointer);
        return new Diagnostics.SourceLocation(DisplayPath, line, column);
    }

    /// <summary>The location of the whole file.</summary>
    public Diagnostics.SourceLocation FileLocation => new(DisplayPath);
}
