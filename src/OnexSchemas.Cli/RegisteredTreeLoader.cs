using OnexSchemas.Linting;
using OnexSchemas.Loading;
using OnexSchemas.Model;
using OnexSchemas.Registry;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli;

/// <summary>
/// The tree's registered forms for the commands that talk to a registry: only a tree that validates is registered
/// or compared, and <c>--subject</c> prefixes that match nothing are a mistake, not an empty run.
/// </summary>
internal static class RegisteredTreeLoader
{
    /// <summary>The tree and its registered forms within the prefixes, or <see langword="null"/> after reporting why there are none.</summary>
    public static (SchemaTree Tree, IReadOnlyList<RegisteredForm> Forms)? Load(DirectoryInfo? root, IReadOnlyList<string> prefixes, TextWriter error)
    {
        var directory = SchemaRootLocator.Locate(root);
        var tree = SchemaTreeLoader.Load(directory);
        SchemaRootLocator.RequireSchemas(tree);
        var paths = PathDisplay.CurrentDirectory;
        var lint = SchemaLinter.Lint(tree);
        if (!lint.Succeeded)
        {
            foreach (var diagnostic in lint.Diagnostics.Where(diagnostic => diagnostic.IsError))
            {
                error.WriteLine(TextFormatter.Format(diagnostic, paths));
            }

            error.WriteLine("onex-schemas: the tree has errors (see 'onex-schemas validate'); nothing was sent to the registry");
            return null;
        }

        var (schemas, problems) = RegisteredForms.Build(tree);
        foreach (var problem in problems)
        {
            error.WriteLine(problem.Format(directory, paths));
        }

        if (problems.Count > 0)
        {
            return null;
        }

        if (prefixes.Count == 0)
        {
            return (tree, schemas);
        }

        if (prefixes.FirstOrDefault(prefix => !schemas.Any(schema => schema.Subject.StartsWith(prefix, StringComparison.Ordinal))) is { } unmatched)
        {
            throw new UsageException($"--subject '{unmatched}' matches no subject of the tree (subjects are '{{topic}}-value', for example '{schemas.FirstOrDefault()?.Subject}')");
        }

        return (tree, schemas.Where(schema => InScope(schema.Subject, prefixes)).ToList());
    }

    /// <summary>Whether <paramref name="subject"/> starts with one of the prefixes (any subject when there are none).</summary>
    public static bool InScope(string subject, IReadOnlyList<string> prefixes) =>
        prefixes.Count == 0 || prefixes.Any(prefix => subject.StartsWith(prefix, StringComparison.Ordinal));
}
