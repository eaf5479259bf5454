namespace OnexSchemas.Build.Tests.Support;

/// <summary>
/// A <c>dotnet new</c> template of <c>templates/dotnet-new/</c>, installed from its folder into a hive of its own (so the
/// machine's templates stay as they were) and instantiated outside the repository, restoring from a folder feed
/// through the README's nuget.config, as a team's would.
/// </summary>
internal static class ServiceTemplate
{
    public static ProcessResult Create(string name, string output, string feed, params string[] options)
    {
        var parent = Directory.CreateDirectory(Path.GetDirectoryName(output)!).FullName;
        var hive = Path.Combine(parent, "template-hive");
        var install = ChildProcess.Dotnet(parent, "new", "install", Path.Combine(RepositoryPaths.Templates, "dotnet-new", name), "--debug:custom-hive", hive);
        Assert.True(install.Succeeded, "dotnet new install failed:\n" + install);
        var created = ChildProcess.Dotnet(parent, ["new", name, "-o", output, "-n", "Acme", "--debug:custom-hive", hive, .. options]);
        Assert.True(created.Succeeded, $"dotnet new {name} failed:\n" + created);
        File.WriteAllText(Path.Combine(output, "nuget.config"), ReadmeInstall.NugetConfig(feed));
        // What a service's own repository would have: none of this repository's Directory.Build.* above it.
        Assert.False(output.StartsWith(RepositoryPaths.Root, StringComparison.Ordinal));
        return created;
    }
}
