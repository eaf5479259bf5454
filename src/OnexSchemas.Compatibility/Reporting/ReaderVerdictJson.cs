using System.Text.Json;
using OnexSchemas.Compatibility.Readers;

namespace OnexSchemas.Compatibility.Reporting;

/// <summary>The JSON shape of a <see cref="ReaderVerdict"/>, the <c>readers</c> object of every report.</summary>
public static class ReaderVerdictJson
{
    /// <summary>
    /// Writes <c>compatible</c> and <c>changes</c>: each with path, keyword, message, decided, direction, version and
    /// counterexample (the message that breaks, as JSON, or null).
    /// </summary>
    /// <param name="json">A writer positioned inside an object.</param>
    /// <param name="verdict">The reader verdict.</param>
    public static void WriteMembers(Utf8JsonWriter json, ReaderVerdict verdict)
    {
        json.WriteBoolean("compatible", verdict.IsCompatible);
        json.WriteStartArray("changes");
        foreach (var finding in verdict.Findings)
        {
            json.WriteStartObject();
            json.WriteString("path", finding.Path);
            json.WriteString("keyword", finding.Keyword);
            json.WriteString("message", finding.Message);
            json.WriteBoolean("decided", finding.Decided);
            json.WriteString("direction", finding.Direction == CheckDirection.Backward ? "BACKWARD" : "FORWARD");
            json.WriteNumber("version", finding.Version);
            json.WritePropertyName("counterexample");
            if (finding.Counterexample is { } counterexample)
            {
                json.WriteRawValue(counterexample);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
