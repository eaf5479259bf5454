using System.Text.Json;
using OnexSchemas.Git;
using OnexSchemas.Linting;
using OnexSchemas.Loading;

namespace OnexSchemas.Governance;

/// <summary>
/// <c>check --against REF</c> as a library service: finds the repository around the schema root, loads the tree at
/// REF and the working tree, lints the working tree and judges every change since REF with the SemVer rules.
/// </summary>
public static class BaselineCheck
{
    /// <summary>Runs the check.</summary>
    /// <param name="root">The working tree's schema root (a directory inside a git work tree).</param>
    /// <param name="against">The git ref to compare with, e.g. <c>origin/main</c>.</param>
    /// <param name="options">The policy and the day sunsets are judged on.</param>
    /// <param name="load">Limits for reading files, the same for both trees.</param>
    /// <returns>Both trees, the changed files and every finding.</returns>
    /// <exception cref="GitException">The root is not in a work tree, the ref names no commit, or git fails.</exception>
    public static BaselineCheckResult Run(string root, string against, GovernanceOptions? options = null, LoadOptions? load = null)
    {
        load ??= LoadOptions.Default;
        var repository = GitRepository.Discover(root);
        var prefix = GitRepository.PrefixOf(root);
        var baselineSource = new GitSchemaSource(repository, against, repository.ResolveCommit(against), prefix, load);

        var baseline = SchemaTreeLoader.Load(baselineSource, load);
        var current = SchemaTreeLoader.Load(root, load);
        var lint = SchemaLinter.Lint(current);
        var governance = new GovernanceChecker(options).Check(baseline, current, path => History(baselineSource, path, load));
        var diagnostics = lint.Diagnostics.Concat(governance.Diagnostics)
            .OrderBy(diagnostic => diagnostic.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.Line)
            .ThenBy(diagnostic => diagnostic.Location.Column)
            .ToList();
        return new BaselineCheckResult(against, baselineSource.Commit, prefix, baseline, current, governance, diagnostics);
    }

    // Every committed version of the file reachable from the baseline, for *_TRANSITIVE levels, oldest first.
    private static IReadOnlyList<JsonElement> History(GitSchemaSource baseline, string relativePath, LoadOptions load)
    {
        var versions = new List<JsonElement>();
        foreach (var content in baseline.History(relativePath))
        {
            try
            {
                versions.Add(JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = load.MaxDepth }).RootElement);
            }
            catch (JsonException)
            {
                // A version that was never valid JSON was never registered either.
            }
        }

        return versions;
    }
}
