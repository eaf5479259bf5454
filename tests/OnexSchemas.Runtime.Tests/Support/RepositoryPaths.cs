namespace OnexSchemas.Runtime.Tests;

internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Schemas => Path.Combine(Root, "schemas");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OnexSchemas.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("OnexSchemas.sln was not found above " + AppContext.BaseDirectory);
    }
}
