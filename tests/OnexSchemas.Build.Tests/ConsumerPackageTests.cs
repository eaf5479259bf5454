using System.IO.Compression;
using System.Xml.Linq;
using OnexSchemas.Build.Tests.Support;
using Xunit.Abstractions;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// The package as a service gets it: packed into a local feed with a unique version, restored from there into an
/// isolated packages folder by a copy of tests/OnexSchemas.Consumer, built, and run.
/// </summary>
[Collection(ConsumerBuildCollection.Name)]
public sealed class ConsumerPackageTests(PackedPackageFixture package, ITestOutputHelper output)
{
    [Fact]
    public void The_package_has_the_layout_its_targets_expect()
    {
        package.EnsurePacked();
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        var listing = string.Join("\n", entries.Order(StringComparer.Ordinal));

        // Package paths are written with '/': a '\\' in PackagePath survives into the entry name on Unix unless MSBuild
        // happens to find a directory of that name under the current directory.
        Assert.DoesNotContain(entries, entry => entry.Contains('\\', StringComparison.Ordinal) || entry.Contains("//", StringComparison.Ordinal));
        Assert.True(entries.Contains("build/OnexSchemas.Build.props"), listing);
        Assert.True(entries.Contains("build/OnexSchemas.Build.targets"), listing);
        foreach (var template in Directory.EnumerateFiles(RepositoryPaths.Templates, "*.liquid"))
        {
            Assert.True(entries.Contains("templates/" + Path.GetFileName(template)), listing);
        }

        Assert.True(entries.Contains("analyzers/dotnet/cs/OnexSchemas.Build.Generator.dll"), listing);
        foreach (var file in new[] { "OnexSchemas.Build.dll", "OnexSchemas.Build.deps.json", "OnexSchemas.Core.dll", "NJsonSchema.dll", "Fluid.dll" })
        {
            Assert.True(entries.Contains("tasks/net10.0/" + file), listing);
        }

        // MSBuild itself is the host's; shipping it would load a second copy.
        Assert.DoesNotContain(entries, entry => entry.Contains("Microsoft.Build", StringComparison.Ordinal));
        // A development dependency adds nothing to the consumer's references.
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal) || entry.StartsWith("ref/", StringComparison.Ordinal));

        var nuspecEntry = zip.GetEntry(PackedPackageFixture.PackageId + ".nuspec");
        Assert.NotNull(nuspecEntry);
        using var nuspecStream = nuspecEntry.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        Assert.Equal(package.Version, Value(metadata, "version"));
        Assert.Equal("true", Value(metadata, "developmentDependency"));
        Assert.DoesNotContain(metadata.Descendants(), element => element.Name.LocalName == "dependency");
    }

    [Fact]
    public void A_service_restores_the_package_from_the_feed_builds_and_round_trips_an_event_in_the_envelope()
    {
        var workspace = ConsumerWorkspace.Create(package, "round-trip");

        var restore = workspace.Restore();
        Assert.True(restore.Succeeded, "restore failed:\n" + restore);
        var restored = Path.Combine(package.Packages, PackedPackageFixture.PackageId.ToLowerInvariant(), package.Version.ToLowerInvariant());
        Assert.True(Directory.Exists(restored), $"{restored} was not restored from the feed\n{restore}");

        var build = workspace.Build();
        ConsumerWorkspace.AssertBuildSucceeded(build);
        var generated = workspace.Snapshot().Names;
        Assert.Contains("Codegen.ValidateRequestV1.g.cs", generated);
        Assert.Contains("OnexEnvelope.g.cs", generated);
        Assert.Contains("OnexEventsJsonContext.g.cs", generated);
        var outputDirectory = Path.GetDirectoryName(workspace.AppPath)!;
        Assert.False(File.Exists(Path.Combine(outputDirectory, "OnexSchemas.Build.dll")), "the task assembly was copied into the service's output");
        Assert.False(File.Exists(Path.Combine(outputDirectory, "OnexSchemas.Core.dll")), "the task's dependencies were copied into the service's output");

        var run = workspace.RunApp();
        Assert.True(run.Succeeded, "the consumer failed:\n" + run);
        // Program.cs prints it only when the payload survives the envelope round trip, unknown members are refused, and
        // the topic constants and catalog (from the source generator shipped in the same package) agree.
        Assert.True(run.Output.Contains("round-trip: ok", StringComparison.Ordinal), run.ToString());

        output.WriteLine($"package {package.Version} packed in {package.PackResult.Duration.TotalSeconds:F1} s");
        output.WriteLine($"restore {restore.Duration.TotalSeconds:F1} s, build {build.Duration.TotalSeconds:F1} s, run {run.Duration.TotalSeconds:F1} s");
    }

    private static string? Value(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;
}
