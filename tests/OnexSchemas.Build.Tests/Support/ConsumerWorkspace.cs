namespace OnexSchemas.Build.Tests.Support;

/// <summary>
/// A private copy of tests/OnexSchemas.Consumer and of the repository's schemas/, laid out as in the repository
/// (WORK/tests/OnexSchemas.Consumer, WORK/schemas) so that the consumer's default OnexSchemasRoot (../../schemas)
/// finds the copy. Tests may break the copied schemas freely. Restored from the fixture's feed into its isolated
/// packages folder; every command runs dotnet directly (no lock: the test run holds it).
/// </summary>
internal sealed class ConsumerWorkspace
{
    private const string ConsumerName = "OnexSchemas.Consumer";
    private const string TargetFramework = "net10.0";
    private const string Configuration = "Debug";

    private readonly PackedPackageFixture _package;

    private ConsumerWorkspace(PackedPackageFixture package, string root)
    {
        _package = package;
        Root = root;
        ProjectDirectory = Path.Combine(root, "tests", ConsumerName);
        SchemaRoot = Path.Combine(root, "schemas");
        IntermediateDirectory = Path.Combine(ProjectDirectory, "obj", Configuration, TargetFramework);
        GeneratedDirectory = Path.Combine(IntermediateDirectory, "OnexSchemas");
        AppPath = Path.Combine(ProjectDirectory, "bin", Configuration, TargetFramework, ConsumerName + ".dll");
    }

    public string Root { get; }

    public string ProjectDirectory { get; }

    public string SchemaRoot { get; }

    public string IntermediateDirectory { get; }

    public string GeneratedDirectory { get; }

    public string Stamp => Path.Combine(IntermediateDirectory, "OnexSchemas.stamp");

    public string InputsCache => Path.Combine(IntermediateDirectory, "OnexSchemas.inputs.cache");

    public string AppPath { get; }

    /// <summary>Copies the consumer project (its files, not bin/obj) and the schema tree into a new work directory.</summary>
    public static ConsumerWorkspace Create(PackedPackageFixture package, string name)
    {
        package.EnsurePacked();
        var workspace = new ConsumerWorkspace(package, Path.Combine(package.TempRoot, name));
        Directory.CreateDirectory(workspace.ProjectDirectory);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", ConsumerName)))
        {
            File.Copy(file, Path.Combine(workspace.ProjectDirectory, Path.GetFileName(file)));
        }

        CopyDirectory(RepositoryPaths.Schemas, workspace.SchemaRoot);
        return workspace;
    }

    /// <summary>Path of a schema in the copy, from its root-relative path (forward slashes).</summary>
    public string Schema(string relativePath) => Path.Combine(SchemaRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public ProcessResult Restore() =>
        ChildProcess.Dotnet(
            ProjectDirectory,
            "restore",
            "--source",
            _package.Feed,
            "--packages",
            _package.Packages,
            VersionProperty,
            "-nodeReuse:false",
            "-nologo",
            "-tl:off",
            "-v:q");

    /// <summary>Builds without restoring (Restore did), at quiet verbosity unless told otherwise.</summary>
    public ProcessResult Build(string verbosity = "q", params string[] properties) =>
        ChildProcess.Dotnet(ProjectDirectory, ["build", "--no-restore", VersionProperty, "-nodeReuse:false", "-nologo", "-tl:off", $"-v:{verbosity}", .. properties]);

    public ProcessResult Clean() =>
        ChildProcess.Dotnet(ProjectDirectory, "clean", VersionProperty, "-nodeReuse:false", "-nologo", "-tl:off", "-v:q");

    /// <summary>Runs the built consumer the way a service starts: the host and the app's dll.</summary>
    public ProcessResult RunApp() => ChildProcess.Run(ChildProcess.DotnetHost, [AppPath], ProjectDirectory, ChildProcess.DefaultTimeout);

    /// <summary>Restores and builds; fails the test with the output of the step that failed.</summary>
    public ProcessResult RestoreAndBuild()
    {
        var restore = Restore();
        Assert.True(restore.Succeeded, "restore failed:\n" + restore);
        var build = Build();
        AssertBuildSucceeded(build);
        return build;
    }

    public GeneratedSnapshot Snapshot() => GeneratedSnapshot.Take(GeneratedDirectory);

    public static void AssertBuildSucceeded(ProcessResult build)
    {
        Assert.True(build.Succeeded, "build failed:\n" + build);
        Assert.False(build.Output.Contains(": warning ", StringComparison.Ordinal), "the build has warnings:\n" + build);
    }

    private string VersionProperty => $"-p:OnexSchemasBuildVersion={_package.Version}";

    internal static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(destination, Path.GetRelativePath(source, file)));
        }
    }
}
