using System.Reflection;

namespace OnexSchemas.Build.Tests.Support;

/// <summary>The consumer tests share one packed package and run one after another (each runs several builds).</summary>
[CollectionDefinition(Name)]
public sealed class ConsumerBuildCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "Consumer builds against the packed OnexSchemas.Build";
}

/// <summary>
/// Packs src/OnexSchemas.Build once per test run into a local folder feed, with a version no earlier run used, so
/// that no NuGet cache can serve a stale copy. It packs the task assembly this run has just built (<c>--no-build</c>,
/// same configuration as the tests), which leaves the repository's bin/ and obj/ as they were. The feed, an isolated
/// packages folder and the consumer work directories live in one temporary directory, deleted at the end unless
/// ONEX_KEEP_CONSUMER_TEST_DIRS is set.
/// </summary>
public sealed class PackedPackageFixture : IDisposable
{
    public const string PackageId = "OnexSchemas.Build";

    public PackedPackageFixture()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        Version = $"0.1.0-ci.{DateTime.UtcNow:yyyyMMddHHmmss}.r{unique}";
        TempRoot = Path.Combine(Path.GetTempPath(), $"onex-consumer-{DateTime.UtcNow:yyyyMMddHHmmss}-{unique}");
        Feed = Path.Combine(TempRoot, "feed");
        Packages = Path.Combine(TempRoot, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        // Run from outside the repository: packing must not depend on the current directory.
        PackResult = ChildProcess.Dotnet(
            TempRoot,
            "pack",
            Path.Combine(RepositoryPaths.Root, "src", "OnexSchemas.Build", "OnexSchemas.Build.csproj"),
            "--no-build",
            "-c",
            Configuration,
            "-o",
            Feed,
            $"-p:Version={Version}",
            $"-p:NuspecOutputPath={Path.Combine(TempRoot, "nuspec")}{Path.DirectorySeparatorChar}",
            "-nodeReuse:false",
            "-nologo",
            "-tl:off",
            "-v:q");
        PackagePath = Path.Combine(Feed, $"{PackageId}.{Version}.nupkg");
    }

    /// <summary>The configuration this test assembly was built in, so the packed task is the one just built.</summary>
    public static string Configuration { get; } =
        typeof(PackedPackageFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public string Version { get; }

    public string TempRoot { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string PackagePath { get; }

    internal ProcessResult PackResult { get; }

    /// <summary>Fails the calling test with the pack output when packing did not produce the package.</summary>
    public void EnsurePacked() =>
        Assert.True(PackResult.Succeeded && File.Exists(PackagePath), $"packing {PackageId} {Version} failed:\n{PackResult}");

    public void Dispose() => TestDirectories.DeleteUnlessKept(TempRoot);
}
