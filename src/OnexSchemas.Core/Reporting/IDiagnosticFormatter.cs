using OnexSchemas.Diagnostics;

namespace OnexSchemas.Reporting;

/// <summary>Writes findings in one output format. Formatters know nothing of rules beyond their descriptors.</summary>
public interface IDiagnosticFormatter
{
    /// <summary>Writes <paramref name="diagnostics"/>; <paramref name="fileCount"/> is how many files were checked.</summary>
    void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount);
}
