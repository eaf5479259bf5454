using OnexSchemas.Compatibility;
using OnexSchemas.Reporting;

namespace OnexSchemas.Governance;

/// <summary>A summary fit for a pull-request comment: the changed topics with their versions and verdicts, then the findings.</summary>
public static class GovernanceMarkdownReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The check's outcome.</param>
    /// <param name="paths">How file paths of findings are shown.</param>
    public static void Write(TextWriter writer, BaselineCheckResult result, PathDisplay paths)
    {
        var governance = result.Governance;
        var diagnostics = result.Diagnostics;
        var errors = result.ErrorCount;
        writer.WriteLine($"## Schema check against `{result.Against}`: {(errors == 0 ? "passed" : $"{errors} error(s)")}");
        writer.WriteLine();
        writer.WriteLine($"Compared with `{result.Against}` at commit `{result.ShortCommit}`.");
        writer.WriteLine();
        if (governance.Changes.Count == 0)
        {
            writer.WriteLine("No schema changed.");
        }
        else
        {
            writer.WriteLine("| Topic | Change | Version | Verdict | |");
            writer.WriteLine("|---|---|---|---|---|");
            foreach (var change in governance.Changes)
            {
                var version = (change.OldVersion, change.NewVersion) switch
                {
                    (null, { } now) => now,
                    ({ } old, null) => old,
                    ({ } old, { } now) when old == now => now,
                    (var old, var now) => $"{old} → {now}",
                };
                var verdict = change.Compatibility is { } compatibility
                    ? $"{change.Verdict.ToWord()} ({compatibility.Level.ToRegistryName()})"
                    : change.Verdict.ToWord();
                writer.WriteLine($"| `{change.DisplayName}` | {change.Kind.ToWord()} | {version} | {verdict} | {(change.Passed ? "✅" : "❌")} |");
            }
        }

        if (diagnostics.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("### Findings");
            writer.WriteLine();
            foreach (var diagnostic in diagnostics)
            {
                writer.WriteLine($"- `{TextFormatter.Format(diagnostic, paths).Replace("`", "'")}`");
            }
        }
    }
}
