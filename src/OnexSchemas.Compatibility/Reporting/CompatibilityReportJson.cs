using System.Text.Json;

namespace OnexSchemas.Compatibility.Reporting;

/// <summary>
/// The JSON shape of both verdicts, shared by <c>compat --format json</c> and <c>check --format json</c>:
/// <c>compatible</c> (both), <c>level</c>, <c>required_bump</c>, then the <c>registry</c> and <c>readers</c> objects.
/// </summary>
public static class CompatibilityReportJson
{
    /// <summary>Writes the report's members into the object <paramref name="json"/> is writing.</summary>
    /// <param name="json">A writer positioned inside an object.</param>
    /// <param name="report">Both verdicts.</param>
    public static void WriteMembers(Utf8JsonWriter json, CompatibilityReport report)
    {
        json.WriteBoolean("compatible", report.IsCompatible);
        json.WriteString("level", report.Level.ToRegistryName());
        json.WriteString("required_bump", report.RequiredBump.ToWord());
        json.WriteStartObject("registry");
        CompatibilityResultJson.WriteMembers(json, report.Registry);
        json.WriteEndObject();
        json.WriteStartObject("readers");
        ReaderVerdictJson.WriteMembers(json, report.Readers);
        json.WriteEndObject();
    }
}
