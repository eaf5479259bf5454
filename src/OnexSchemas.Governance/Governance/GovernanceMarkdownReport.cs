using OnexSchemas.Compatibility;
using OnexSchemas.Diagnostics;
using OnexSchemas.Reporting;

namespace OnexSchemas.Governance;

/// <summary>A summary fit for a pull-request comment: the changed topics with their versions and verdicts, then the findings.</summary>
public static class GovernanceMarkdownReport
{
    /// <summary>Writes the report.</summary>
    public static void Write(TextWriter writer, string against, GovernanceResult governance, IReadOnlyList<Diagnostic> diagnostics, PathDisplay paths)
    {
        var errors = diagnostics.Count(diagnostic => diagnostic.IsError);
        writer.WriteLine($"## Schema check against `{against}`: {(errors == 0 ? "passed" : $"{errors} error(s)")}");
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
                var verdict = change.Compatibility is { } result
                    ? $"{change.Verdict} ({result.Level.ToRegistryName()})"
                    : change.Verdict;
                writer.WriteLine($"| `{change.Subject}` | {change.Kind.ToString().ToLowerInvariant()} | {version} | {verdict} | {(change.Passed ? "✅" : "❌")} |");
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
