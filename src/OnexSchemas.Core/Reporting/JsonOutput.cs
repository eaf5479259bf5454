using System.Text.Encodings.Web;
using System.Text.Json;

namespace OnexSchemas.Reporting;

/// <summary>How every JSON report is written: indented, and readable (quotes and apostrophes in messages are not \u-escaped).</summary>
public static class JsonOutput
{
    /// <summary>Writer options for reports meant for people and scripts alike.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializer options with the same settings.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes one JSON report to <paramref name="output"/> with <see cref="WriterOptions"/>, followed by a newline:
    /// the one way every command and formatter prints JSON.
    /// </summary>
    /// <param name="output">Where the report goes.</param>
    /// <param name="write">Writes the document's single value.</param>
    public static void WriteDocument(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(json);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }
}
