using OnexSchemas.Build.Tests.Support;

namespace OnexSchemas.Build.Tests;

/// <summary>A service may take payload types for some topics only, with <c>OnexSchema</c> items; the whole tree is still validated.</summary>
[Collection(ConsumerBuildCollection.Name)]
public sealed class ConsumerSelectionTests(PackedPackageFixture package)
{
    [Fact]
    public void OnexSchema_items_narrow_the_generated_payloads_and_the_source_generator_alike()
    {
        var workspace = ConsumerWorkspace.Create(package, "selection");
        var project = Directory.EnumerateFiles(workspace.ProjectDirectory, "*.csproj").Single();
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "</Project>",
            "  <ItemGroup>\n    <OnexSchema Include=\"$(OnexSchemasRoot)/events/codegen/**/*.json\" />\n  </ItemGroup>\n</Project>",
            StringComparison.Ordinal));

        var build = workspace.RestoreAndBuild();
        ConsumerWorkspace.AssertBuildSucceeded(build);

        var names = workspace.Snapshot().Names;
        Assert.Contains("Codegen.ValidateRequestV1.g.cs", names);
        Assert.Contains("OnexEnvelope.g.cs", names);
        Assert.DoesNotContain(names, name => name.StartsWith("Bridge.", StringComparison.Ordinal) || name.StartsWith("Audit.", StringComparison.Ordinal));
        var run = workspace.RunApp();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("catalog: 8 event types", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_root_may_be_given_on_the_command_line()
    {
        var workspace = ConsumerWorkspace.Create(package, "global-root");
        var restore = workspace.Restore();
        Assert.True(restore.Succeeded, restore.ToString());

        // A global property cannot be rewritten by the targets; the root must still be normalised for every use.
        var build = workspace.Build("q", $"-p:OnexSchemasRoot={workspace.SchemaRoot}");

        ConsumerWorkspace.AssertBuildSucceeded(build);
        Assert.Contains("Codegen.ValidateRequestV1.g.cs", workspace.Snapshot().Names);
        var run = workspace.RunApp();
        Assert.True(run.ExitCode == 0, run.ToString());
    }
}
