using System.Text.Json;
using OnexSchemas.Compatibility.Reporting;
using OnexSchemas.Reporting;

namespace OnexSchemas.Governance;

/// <summary>The JSON document <c>check --format json</c> prints for a <see cref="BaselineCheckResult"/>.</summary>
public static class BaselineCheckJson
{
    /// <summary>Writes the document: against, commit, changed, passed, counts, one entry per changed file, then the findings.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="result">The check's outcome.</param>
    /// <param name="paths">How file paths of findings are shown.</param>
    public static void Write(Utf8JsonWriter json, BaselineCheckResult result, PathDisplay paths)
    {
        json.WriteStartObject();
        json.WriteString("against", result.Against);
        json.WriteString("commit", result.Commit);
        json.WriteNumber("changed", result.Governance.Changes.Count);
        json.WriteBoolean("passed", result.Passed);
        json.WriteNumber("errors", result.ErrorCount);
        json.WriteNumber("warnings", result.WarningCount);
        json.WriteStartArray("changes");
        foreach (var change in result.Governance.Changes)
        {
            json.WriteStartObject();
            json.WriteString("file", change.RelativePath);
            json.WriteStringOrNull("topic", change.Topic?.Value);
            json.WriteString("kind", change.Kind.ToWord());
            json.WriteStringOrNull("old_version", change.OldVersion);
            json.WriteStringOrNull("new_version", change.NewVersion);
            json.WriteString("verdict", change.Verdict.ToWord());
            json.WriteBoolean("passed", change.Passed);
            if (change.Compatibility is { } compatibility)
            {
                CompatibilityReportJson.WriteMembers(json, compatibility);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonFormatter.WriteDiagnostics(json, result.Diagnostics, paths);
        json.WriteEndObject();
    }
}
