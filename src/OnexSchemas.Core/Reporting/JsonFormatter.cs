using System.Text.Json;
using OnexSchemas.Diagnostics;

namespace OnexSchemas.Reporting;

/// <summary>A JSON object with the findings and their counts, for scripts.</summary>
public sealed class JsonFormatter(PathDisplay paths) : IDiagnosticFormatter
{
    /// <inheritdoc />
    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        JsonOutput.WriteDocument(writer, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("files", fileCount);
            json.WriteNumber("errors", diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
            json.WriteNumber("warnings", diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning));
            WriteDiagnostics(json, diagnostics, paths);
            json.WriteEndObject();
        });
    }

    /// <summary>Writes a <c>"diagnostics"</c> array property; other JSON reports embed findings the same way.</summary>
    public static void WriteDiagnostics(Utf8JsonWriter json, IEnumerable<Diagnostic> diagnostics, PathDisplay paths)
    {
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("rule", diagnostic.Id);
            json.WriteString("name", diagnostic.Rule.Name);
            json.WriteString("severity", TextFormatter.SeverityWord(diagnostic.Severity));
            json.WriteString("file", paths.Show(diagnostic.Location.FilePath));
            json.WriteNumber("line", diagnostic.Location.Line);
            json.WriteNumber("column", diagnostic.Location.Column);
            if (diagnostic.JsonPointer is not null)
            {
                json.WriteString("pointer", "#" + diagnostic.JsonPointer);
            }

            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
