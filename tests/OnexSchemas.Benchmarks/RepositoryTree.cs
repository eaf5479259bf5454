namespace OnexSchemas.Benchmarks;

/// <summary>Finds the repository's schema tree from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class RepositoryTree
{
    public static string SchemasDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OnexSchemas.sln")))
            {
                return Path.Combine(directory.FullName, "schemas");
            }
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("ONEX_SCHEMAS_ROOT");
        return fromEnvironment ?? throw new InvalidOperationException("Run the benchmarks from inside the repository, or set ONEX_SCHEMAS_ROOT.");
    }
}
