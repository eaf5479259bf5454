using OnexSchemas.Diagnostics;

namespace OnexSchemas.Governance;

/// <summary>The outcome of comparing a working tree with its baseline.</summary>
/// <param name="Diagnostics">Governance findings, located in the working tree (or the baseline, for removed files).</param>
/// <param name="Changes">Every added, removed or modified schema file, in path order.</param>
public sealed record GovernanceResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ChangedFile> Changes)
{
    /// <summary>True when no finding is an error.</summary>
    public bool Succeeded => Diagnostics.All(diagnostic => !diagnostic.IsError);
}
