using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.Governance;

/// <summary>The outcome of <see cref="BaselineCheck.Run"/>: both trees, the governance verdicts and every finding.</summary>
/// <param name="Against">The git ref the working tree was compared with, as given.</param>
/// <param name="Commit">The commit <paramref name="Against"/> named when the check ran (full SHA-1).</param>
/// <param name="BaselineDirectory">The schema root's path inside the repository (empty at its top).</param>
/// <param name="Baseline">The tree at <paramref name="Against"/>.</param>
/// <param name="Current">The working tree.</param>
/// <param name="Governance">The changed files and the governance findings.</param>
/// <param name="Diagnostics">Lint and governance findings together, in file, line and column order.</param>
public sealed record BaselineCheckResult(
    string Against,
    string Commit,
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

    /// <summary>The commit as people quote it: its first 12 hex digits.</summary>
    public string ShortCommit => Commit.Length > 12 ? Commit[..12] : Commit;

    /// <summary>
    /// What was compared, in one sentence: the ref and its commit, and how many schema files changed, by verdict
    /// ("compared with origin/main at commit 1a2b3c4d5e6f: 2 schema files changed (1 compatible, 1 added)"), also
    /// when none did, so a green check that compared nothing is visible.
    /// </summary>
    public string Summary
    {
        get
        {
            var changes = Governance.Changes;
            var head = $"compared with {Against} at commit {ShortCommit}: ";
            if (changes.Count == 0)
            {
                return head + "no schema file changed";
            }

            var byVerdict = changes.GroupBy(change => change.Verdict).OrderBy(group => group.Key)
                .Select(group => $"{group.Count()} {group.Key.ToWord()}");
            return head + $"{changes.Count} schema file{(changes.Count == 1 ? string.Empty : "s")} changed ({string.Join(", ", byVerdict)})";
        }
    }

    /// <summary>How many findings are warnings.</summary>
    public int WarningCount => Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);
}
