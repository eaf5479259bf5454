using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.Governance;

/// <summary>The outcome of <see cref="BaselineCheck.Run"/>: both trees, the governance verdicts and every finding.</summary>
/// <param name="Against">The git ref the working tree was compared with, as given.</param>
/// <param name="BaselineDirectory">The schema root's path inside the repository (empty at its top).</param>
/// <param name="Baseline">The tree at <paramref name="Against"/>.</param>
/// <param name="Current">The working tree.</param>
/// <param name="Governance">The changed files and the governance findings.</param>
/// <param name="Diagnostics">Lint and governance findings together, in file, line and column order.</param>
public sealed record BaselineCheckResult(
    string Against,
    string BaselineDirectory,
    SchemaTree Baseline,
    SchemaTree Current,
    GovernanceResult Governance,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when no finding is an error.</summary>
    public bool Passed => Diagnostics.All(diagnostic => !diagnostic.IsError);

    /// <summary>How many findings are errors.</summary>
    public int ErrorCount => Diagnostics.Count(diagnostic => diagnostic.IsError);

    /// <summary>How many findings are warnings.</summary>
    public int WarningCount => Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);
}
