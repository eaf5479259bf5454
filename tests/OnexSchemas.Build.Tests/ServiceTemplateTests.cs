using OnexSchemas.Build.Tests.Support;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// <c>dotnet new onex-service</c>: a worker on the typed runtime, restored from the packed packages into an empty
/// packages folder; it builds without a warning and compiles no generated code of its own (the contracts come in
/// OnexSchemas.Events).
/// </summary>
[Collection(InstallCollection.Name)]
public sealed class ServiceTemplateTests(PackedSolutionFixture packed)
{
    [Fact]
    public void The_service_builds_on_the_runtime_and_the_packed_contracts_and_generates_nothing()
    {
        packed.EnsurePacked();
        var root = Path.Combine(packed.TempRoot, "service-template");
        var output = Path.Combine(root, "Acme");
        ServiceTemplate.Create("onex-service", output, packed.Feed, "--onexVersion", packed.Version);

        var restore = ChildProcess.DotnetRestore(output, Path.Combine(root, "packages"));
        Assert.True(restore.Succeeded, "restore failed:\n" + restore);
        Assert.True(Directory.Exists(Path.Combine(root, "packages", "onexschemas.events", packed.Version.ToLowerInvariant())));
        var build = ChildProcess.DotnetBuild(output);
        ConsumerWorkspace.AssertBuildSucceeded(build);
        Assert.True(File.Exists(Path.Combine(output, "bin", "Debug", "net10.0", "Acme.dll")));
        Assert.False(Directory.Exists(Path.Combine(output, "obj", "Debug", "net10.0", "OnexSchemas")), "the service generated code of its own");
    }
}
