using System.Text.Json;

namespace OnexSchemas.Json;

/// <summary>
/// Maps JSON pointers in one document to lines and columns. Built on first use only: a clean tree never pays
/// for it, since locations are needed only to report findings.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, long> _offsets;
    private readonly LineIndex _lines;

    private SourceMap(Dictionary<string, long> offsets, LineIndex lines)
    {
        _offsets = offsets;
        _lines = lines;
    }

    /// <summary>Scans <paramref name="utf8"/> (already known to be well-formed JSON) and records where each value starts.</summary>
    public static SourceMap Build(byte[] utf8, LineIndex lines, int maxDepth)
    {
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var frames = new Stack<Frame>();
        string? pendingName = null;
        long pendingOffset = 0;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    pendingOffset = reader.TokenStartIndex;
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    continue;
            }

            string pointer;
            long offset;
            if (frames.Count == 0)
            {
                pointer = string.Empty;
                offset = reader.TokenStartIndex;
            }
            else if (frames.Peek().IsArray)
            {
                var frame = frames.Pop();
                pointer = JsonPointerText.Append(frame.Pointer, frame.NextIndex);
                frames.Push(frame with { NextIndex = frame.NextIndex + 1 });
                offset = reader.TokenStartIndex;
            }
            else
            {
                pointer = JsonPointerText.Append(frames.Peek().Pointer, pendingName ?? string.Empty);
                offset = pendingOffset;
            }

            offsets.TryAdd(pointer, offset);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Push(new Frame(pointer, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }

        return new SourceMap(offsets, lines);
    }

    /// <summary>
    /// The line and column of the value at <paramref name="pointer"/> (of its property name, for object members);
    /// when the pointer names nothing in the file, the nearest ancestor that exists.
    /// </summary>
    public (int Line, int Column) Locate(string pointer)
    {
        var current = pointer.StartsWith('#') ? pointer[1..] : pointer;
        while (true)
        {
            if (_offsets.TryGetValue(current, out var offset))
            {
                return _lines.Locate(offset);
            }

            if (current.Length == 0)
            {
                return (1, 1);
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current[..slash];
        }
    }

    /// <summary>True when the pointer names a value present in the file.</summary>
    public bool Contains(string pointer) => _offsets.ContainsKey(pointer.StartsWith('#') ? pointer[1..] : pointer);

    private readonly record struct Frame(string Pointer, bool IsArray, int NextIndex);
}
