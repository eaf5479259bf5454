namespace OnexSchemas.Tests.Support;

/// <summary>Paths in the repository the tests run from, found by walking up to the directory holding OnexSchemas.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OnexSchemas.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no OnexSchemas.sln above {AppContext.BaseDirectory}");
    });

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The repository's schema tree.</summary>
    public static string Schemas => Path.Combine(Root, "schemas");

    /// <summary>The rule documentation.</summary>
    public static string RulesDocument => Path.Combine(Root, "docs", "rules.md");
}
