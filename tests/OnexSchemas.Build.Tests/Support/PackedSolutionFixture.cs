using System.Text.RegularExpressions;

namespace OnexSchemas.Build.Tests.Support;

/// <summary>
/// Every shipped package, packed once per test run with the README's pack command into a folder feed. The command
/// runs as the README writes it but for two words: the test run's configuration instead of Release, with
/// <c>--no-build</c>, so it packs what this run has just built instead of building the solution again; and the feed
/// is a temporary directory instead of artifacts/packages.
/// </summary>
public sealed partial class PackedSolutionFixture : IDisposable
{
    public PackedSolutionFixture()
    {
        TempRoot = Path.Combine(Path.GetTempPath(), $"onex-install-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..8]}");
        Feed = Path.Combine(TempRoot, "feed");
        Directory.CreateDirectory(Feed);

        var command = ReadmeInstall.Commands("pack").Single();
        Command = string.Join(' ', command);
        var arguments = command.Skip(1).ToList();
        Assert.Equal("dotnet", command[0]);
        Replace(arguments, "-c", PackedPackageFixture.Configuration);
        Replace(arguments, "-o", Feed);
        arguments.AddRange(["--no-build", "-nodeReuse:false", "-nologo", "-tl:off", "-v:q"]);
        PackResult = ChildProcess.Dotnet(RepositoryPaths.Root, [.. arguments]);

        var packed = Directory.EnumerateFiles(Feed, "*.nupkg")
            .Select(path => PackageName().Match(Path.GetFileName(path)))
            .Where(match => match.Success)
            .ToList();
        Packages = packed.ToDictionary(match => match.Groups["id"].Value, match => Path.Combine(Feed, match.Value), StringComparer.Ordinal);
        Version = packed.Count == 0 ? string.Empty : packed[0].Groups["version"].Value;
    }

    /// <summary>The packages the install section says are packed, in its table's order.</summary>
    public static readonly string[] Shipped =
        ["OnexSchemas.Runtime", "OnexSchemas.Events", "OnexSchemas.Build", "OnexSchemas.Testing.Kafka", "OnexSchemas.Cli", "OnexSchemas.Conventions"];

    public string TempRoot { get; }

    public string Feed { get; }

    /// <summary>The README's pack command as written.</summary>
    public string Command { get; }

    public string Version { get; }

    /// <summary>Package id → its .nupkg in the feed.</summary>
    public IReadOnlyDictionary<string, string> Packages { get; }

    internal ProcessResult PackResult { get; }

    public void EnsurePacked() =>
        Assert.True(PackResult.Succeeded && Packages.Count > 0, $"the README's pack command failed:\n{PackResult}");

    public void Dispose() => TestDirectories.DeleteUnlessKept(TempRoot);

    private static void Replace(List<string> arguments, string option, string value)
    {
        var index = arguments.IndexOf(option);
        Assert.True(index >= 0 && index + 1 < arguments.Count, $"the README's pack command has no {option} VALUE");
        arguments[index + 1] = value;
    }

    [GeneratedRegex(@"^(?<id>OnexSchemas(\.[A-Za-z]+)*)\.(?<version>[0-9]+\.[0-9]+\.[0-9]+([-.][0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex PackageName();
}
