using OnexSchemas.Build.Tests.Support;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// <c>dotnet new onex-contracts</c>: a Contracts project with the packed OnexSchemas.Build and a service referencing it.
/// The service builds and runs on the generated types, a C# edit in it leaves the contracts uncompiled, and a
/// description-only schema edit recompiles the contracts but not the service.
/// </summary>
[Collection(ConsumerBuildCollection.Name)]
public sealed class ContractsTemplateTests(PackedPackageFixture package)
{
    [Fact]
    public void The_service_builds_on_the_contracts_and_recompiles_only_what_an_edit_touches()
    {
        package.EnsurePacked();
        var root = Path.Combine(package.TempRoot, "contracts-template");
        var schemas = Path.Combine(root, "schemas");
        ConsumerWorkspace.CopyDirectory(RepositoryPaths.Schemas, schemas);
        var output = Path.Combine(root, "Acme");
        ServiceTemplate.Create("onex-contracts", output, package.Feed, "--schemas", schemas, "--onexVersion", package.Version);
        var service = Path.Combine(output, "Acme");
        Assert.True(File.Exists(Path.Combine(output, "Acme.Contracts", "Acme.Contracts.csproj")));

        var restore = ChildProcess.DotnetRestore(service, Path.Combine(root, "packages"));
        Assert.True(restore.Succeeded, "restore failed:\n" + restore);
        ConsumerWorkspace.AssertBuildSucceeded(ChildProcess.DotnetBuild(service));
        var run = ChildProcess.Run(ChildProcess.DotnetHost, [Path.Combine(service, "bin", "Debug", "net10.0", "Acme.dll")], service, ChildProcess.DefaultTimeout);
        Assert.True(run.Succeeded, "the service failed:\n" + run);
        Assert.Contains("omninode.codegen.request.validate.v1 -> ValidateRequestV1 (dead letters: omninode.codegen.request.validate.v1.dlq)", run.Output, StringComparison.Ordinal);

        // A C# edit in the service: the service compiles, the contracts do not (and generate nothing).
        File.AppendAllText(Path.Combine(service, "Program.cs"), "// an edit\n");
        var afterCodeEdit = ChildProcess.DotnetBuild(service, "n");
        ConsumerWorkspace.AssertBuildSucceeded(afterCodeEdit);
        Assert.Equal(["Acme"], CompiledProjects(afterCodeEdit));

        // A description edited: the contracts compile again, their reference assembly stays, so the service does not.
        var schema = Path.Combine(schemas, "events", "codegen", "request", "validate.v1.json");
        var text = File.ReadAllText(schema);
        var at = text.IndexOf("\"description\": \"", StringComparison.Ordinal) + "\"description\": \"".Length;
        File.WriteAllText(schema, text.Insert(at, "Edited. "));
        var afterSchemaEdit = ChildProcess.DotnetBuild(service, "n");
        ConsumerWorkspace.AssertBuildSucceeded(afterSchemaEdit);
        Assert.Equal(["Acme.Contracts"], CompiledProjects(afterSchemaEdit));
    }

    /// <summary>The projects whose compiler ran: MSBuild logs a Csc command line only for a CoreCompile that was not skipped.</summary>
    private static List<string> CompiledProjects(ProcessResult build) =>
        build.Output.Split('\n')
            .Where(line => line.Contains("/csc ", StringComparison.Ordinal) || line.Contains("csc.dll ", StringComparison.Ordinal))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"/out:obj/Debug/net10\.0/(?<name>[A-Za-z.]+)\.dll").Groups["name"].Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
}
