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
}
