using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.Linting;

/// <summary>The findings for one tree.</summary>
/// <param name="Tree">The tree checked.</param>
/// <param name="Diagnostics">Every finding, sorted by file and position.</param>
public sealed record LintResult(SchemaTree Tree, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);

    /// <summary>True when no finding is an error.</summary>
    public bool Succeeded => ErrorCount == 0;
}
