using OnexSchemas.Diagnostics;

namespace OnexSchemas.Reporting;

/// <summary>
/// The canonical <c>file(line,col): error ONEX012: message</c> form that MSBuild, IDEs and CI log scanners recognise,
/// followed by a one-line summary.
/// </summary>
public sealed class TextFormatter(PathDisplay paths) : IDiagnosticFormatter
{
    /// <inheritdoc />
    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(Format(diagnostic, paths));
        }

        var errors = diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);
        writer.WriteLine($"{fileCount} file(s) checked: {errors} error(s), {warnings} warning(s).");
    }

    /// <summary>One diagnostic in canonical form.</summary>
    public static string Format(Diagnostic diagnostic, PathDisplay paths)
    {
        var location = diagnostic.Location;
        var place = location.HasLine
            ? $"{paths.Show(location.FilePath)}({location.Line},{Math.Max(1, location.Column)})"
            : paths.Show(location.FilePath);
        return $"{place}: {SeverityWord(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}";
    }

    /// <summary>The word the canonical form uses for a severity.</summary>
    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
