using OnexSchemas.Diagnostics;

namespace OnexSchemas.Reporting;

/// <summary>GitHub Actions workflow commands, so findings show as annotations on the pull request's diff.</summary>
public sealed class GitHubFormatter(PathDisplay paths) : IDiagnosticFormatter
{
    /// <inheritdoc />
    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        foreach (var diagnostic in diagnostics)
        {
            var command = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var location = diagnostic.Location;
            var properties = $"file={EscapeProperty(paths.Show(location.FilePath))}";
            if (location.HasLine)
            {
                properties += $",line={location.Line},col={Math.Max(1, location.Column)}";
            }

            properties += $",title={EscapeProperty(diagnostic.Id + " " + diagnostic.Rule.Name)}";
            writer.WriteLine($"::{command} {properties}::{EscapeData(diagnostic.Message)}");
        }
    }

    // The escapes GitHub's runner applies to workflow command data and properties.
    private static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
