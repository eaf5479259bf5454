namespace OnexSchemas.Build.Tests;

/// <summary>Locates the repository from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OnexSchemas.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("OnexSchemas.sln not found above " + AppContext.BaseDirectory);
    }
}
