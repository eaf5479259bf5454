using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using OnexSchemas.Diagnostics;
using OnexSchemas.Json;

namespace OnexSchemas.Loading;

/// <summary>Reads one file into a <see cref="JsonFile"/>, or into a located ONEX001 finding: never an exception for bad input.</summary>
public static class JsonFileReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads and parses a file of <paramref name="source"/>.</summary>
    public static JsonFile? Read(ISchemaSource source, string relativePath, LoadOptions options, ICollection<Diagnostic> diagnostics)
    {
        var displayPath = source.GetDisplayPath(relativePath);
        var location = new SourceLocation(displayPath);
        byte[] bytes;
        try
        {
            var length = source.GetLength(relativePath);
            if (length > options.MaxFileBytes)
            {
                diagnostics.Add(Diagnostic.Create(RuleCatalog.JsonSyntax, location,
                    $"file is {FormatSize(length)}, over the {FormatSize(options.MaxFileBytes)} limit for one schema; it was not read"));
                return null;
            }

            bytes = source.ReadAllBytes(relativePath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(RuleCatalog.JsonSyntax, location, $"cannot read file: {exception.Message}"));
            return null;
        }

        return Parse(relativePath, displayPath, bytes, options, diagnostics);
    }

    /// <summary>Parses bytes already in memory.</summary>
    public static JsonFile? Parse(string relativePath, string displayPath, byte[] bytes, LoadOptions options, ICollection<Diagnostic> diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Add(Diagnostic.Create(RuleCatalog.JsonSyntax, new SourceLocation(displayPath, 1, 1),
                "file is UTF-16 encoded; schemas must be UTF-8"));
            return null;
        }

        if (bytes.AsSpan().StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        if (!Utf8.IsValid(bytes))
        {
            var offset = FirstInvalidUtf8Offset(bytes);
            var (line, column) = new LineIndex(bytes[..offset]).Locate(offset);
            diagnostics.Add(Diagnostic.Create(RuleCatalog.JsonSyntax, new SourceLocation(displayPath, line, column),
                string.Create(CultureInfo.InvariantCulture, $"file is not valid UTF-8: byte 0x{bytes[offset]:X2} at offset {offset} starts no valid character")));
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = options.MaxDepth });
            if (FirstUndecodableString(bytes, options.MaxDepth) is { } offset)
            {
                document.Dispose();
                var (line, column) = new LineIndex(bytes).Locate(offset);
                diagnostics.Add(Diagnostic.Create(RuleCatalog.JsonSyntax, new SourceLocation(displayPath, line, column),
                    "invalid JSON: a string escapes a lone UTF-16 surrogate (\\uD800-\\uDFFF without its pair), which is no Unicode text"));
                return null;
            }

            return new JsonFile(relativePath, displayPath, bytes, document, options.MaxDepth);
        }
        catch (JsonException exception)
        {
            var (line, column) = new LineIndex(bytes).LocateLineByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            diagnostics.Add(Diagnostic.Create(RuleCatalog.JsonSyntax, new SourceLocation(displayPath, line, column),
                "invalid JSON: " + Describe(exception, options)));
            return null;
        }
    }

    // JSON allows "\uD800" on its own, but no .NET string can be read from it; every later step reads strings, so
    // such a file is refused here, at the token. Only escaped strings can hold one, so only they are decoded.
    private static long? FirstUndecodableString(byte[] bytes, int maxDepth)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = maxDepth });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                try
                {
                    reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    return reader.TokenStartIndex;
                }
            }
        }

        return null;
    }

    private static string Describe(JsonException exception, LoadOptions options)
    {
        var message = exception.Message;
        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture, $"nesting is deeper than {options.MaxDepth} levels");
        }

        return JsonSyntaxMessage.Describe(exception);
    }

    private static int FirstInvalidUtf8Offset(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Max(0, span.Length - 1);
    }

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
