using OnexSchemas.Git;

namespace OnexSchemas.Cli;

/// <summary>Finds the schema root: <c>--root</c> when given, else <c>schemas/</c> at the top of the current git repository.</summary>
public static class SchemaRootLocator
{
    /// <summary>The directory to load, or a <see cref="UsageException"/> saying why there is none.</summary>
    public static string Locate(DirectoryInfo? root)
    {
        if (root is not null)
        {
            if (File.Exists(root.FullName))
            {
                throw new UsageException($"schema root '{root.FullName}' is a file; --root takes the directory that holds events/ and common/");
            }

            return root.Exists ? root.FullName : throw new UsageException($"schema root '{root.FullName}' does not exist");
        }

        var top = GitRepository.TryFindTopLevel(Environment.CurrentDirectory) ?? Environment.CurrentDirectory;
        var candidate = Path.Combine(top, "schemas");
        return Directory.Exists(candidate)
            ? candidate
            : throw new UsageException($"no 'schemas/' directory at '{top}'; pass --root DIR");
    }

    /// <summary>
    /// Refuses a root with no schema in it: a mistyped --root in CI must not pass as "0 files checked".
    /// </summary>
    public static void RequireSchemas(Model.SchemaTree tree)
    {
        if (tree.SchemaFileCount == 0)
        {
            throw new UsageException($"no schema files under '{tree.Source.DisplayRoot}'; is --root the directory that holds events/?");
        }
    }
}
