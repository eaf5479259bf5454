using System.Text.RegularExpressions;
using OnexSchemas.Build.Tests.Support;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// A tree whose config names another topic namespace: lint, the MSBuild task and the source generator agree on it,
/// and the service builds and runs with every generated type in the configured C# namespace.
/// </summary>
[Collection(ConsumerBuildCollection.Name)]
public sealed partial class ConsumerNamespaceTests(PackedPackageFixture package)
{
    [Fact]
    public void A_tree_in_the_acme_namespace_generates_Acme_Events_and_the_service_builds_and_runs()
    {
        var workspace = ConsumerWorkspace.Create(package, "acme-namespace");
        foreach (var file in Directory.EnumerateFiles(workspace.SchemaRoot, "*.json", SearchOption.AllDirectories))
        {
            // Every topic name, pattern and example moves to acme.*; the $id host (schemas.omninode.dev) stays.
            File.WriteAllText(file, TopicNamespace().Replace(File.ReadAllText(file), "acme$1."));
        }

        var config = Path.Combine(workspace.SchemaRoot, "onex-schemas.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"namespace\": \"omninode\"", "\"namespace\": \"acme\"", StringComparison.Ordinal));
        var program = Path.Combine(workspace.ProjectDirectory, "Program.cs");
        File.WriteAllText(program, File.ReadAllText(program)
            .Replace("Omninode.Events", "Acme.Events", StringComparison.Ordinal)
            .Replace("\"omninode.", "\"acme.", StringComparison.Ordinal));

        var build = workspace.RestoreAndBuild();

        ConsumerWorkspace.AssertBuildSucceeded(build);
        var generated = File.ReadAllText(Path.Combine(workspace.GeneratedDirectory, "Codegen.ValidateRequestV1.g.cs"));
        Assert.Contains("namespace Acme.Events.Codegen;", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("Omninode", string.Concat(workspace.Snapshot().Names), StringComparison.Ordinal);
        Assert.DoesNotContain(workspace.Snapshot().Names.Select(name => File.ReadAllText(Path.Combine(workspace.GeneratedDirectory, name))),
            text => text.Contains("global::Omninode", StringComparison.Ordinal));
        var run = workspace.RunApp();
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    // "omninode." and the regex-escaped "omninode\." that are not the $id host "schemas.omninode.dev".
    [GeneratedRegex(@"(?<!schemas\.)omninode(\\\\)?\.")]
    private static partial Regex TopicNamespace();
}
