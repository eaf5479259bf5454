using OnexSchemas.Build.Tests.Support;
using Xunit.Abstractions;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// Mistakes in what a service tells the package, each of which used to pass silently or bury itself in hundreds of
/// errors: now one finding at the project file's line, saying what to do.
/// </summary>
[Collection(ConsumerBuildCollection.Name)]
public sealed class ConsumerSettingsErrorTests(PackedPackageFixture package, ITestOutputHelper output)
{
    private const string RootProperty = "<OnexSchemasRoot Condition=\"'$(OnexSchemasRoot)' == ''\">../../schemas</OnexSchemasRoot>";

    [Fact]
    public void Without_OnexSchemasRoot_the_build_warns_naming_the_property_at_the_project()
    {
        var workspace = ConsumerWorkspace.Create(package, "no-root");
        var project = EditProject(workspace, RootProperty, string.Empty);

        var build = RestoreAndBuild(workspace);

        Assert.Contains($"{project} : warning ONEXB002: OnexSchemas.Build is referenced but OnexSchemasRoot is not set", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_without_the_tree_config_is_one_error_at_the_property_with_the_likely_root()
    {
        var workspace = ConsumerWorkspace.Create(package, "repository-root");
        // The repository's top instead of its schemas/ folder: the mistake that gave 304 errors.
        var project = EditProject(workspace, RootProperty, "<OnexSchemasRoot>../..</OnexSchemasRoot>");

        var build = RestoreAndBuild(workspace);

        Assert.False(build.Succeeded, build.ToString());
        var (line, column) = PositionOf(project, "<OnexSchemasRoot>");
        var expected = $"{project}({line},{column}): error ONEXB003: no onex-schemas.json in '{workspace.Root}', so it is not a schema tree; did you mean '{workspace.SchemaRoot}'?";
        Assert.Contains(expected, build.Output, StringComparison.Ordinal);
        Assert.Equal(1, ErrorLines(build));
    }

    [Fact]
    public void An_OnexSchema_glob_matching_nothing_is_an_error_at_its_element()
    {
        var workspace = ConsumerWorkspace.Create(package, "empty-glob");
        var project = EditProject(workspace, "</Project>", "  <ItemGroup>\n    <OnexSchema Include=\"$(OnexSchemasRoot)/events/codgen/**/*.json\" />\n  </ItemGroup>\n</Project>");

        var build = RestoreAndBuild(workspace);

        Assert.False(build.Succeeded, build.ToString());
        var (line, column) = PositionOf(project, "<OnexSchema ");
        Assert.Contains($"{project}({line},{column}): error ONEXB004: OnexSchema glob '$(OnexSchemasRoot)/events/codgen/**/*.json' matches no file", build.Output, StringComparison.Ordinal);
        Assert.Equal(1, ErrorLines(build));
    }

    [Fact]
    public void A_missing_explicit_OnexSchema_file_is_one_error_at_its_element_and_no_compiler_error()
    {
        var workspace = ConsumerWorkspace.Create(package, "missing-file");
        var project = EditProject(workspace, "</Project>", "  <ItemGroup>\n    <OnexSchema Include=\"$(OnexSchemasRoot)/events/codegen/request/validate.v7.json\" />\n  </ItemGroup>\n</Project>");

        var build = RestoreAndBuild(workspace);

        Assert.False(build.Succeeded, build.ToString());
        var (line, column) = PositionOf(project, "<OnexSchema ");
        var missing = Path.Combine(workspace.SchemaRoot, "events", "codegen", "request", "validate.v7.json");
        Assert.Contains($"{project}({line},{column}): error ONEXB004: OnexSchema item '{missing}' names no file", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS2001", build.Output, StringComparison.Ordinal);
        Assert.Equal(1, ErrorLines(build));
    }

    private ProcessResult RestoreAndBuild(ConsumerWorkspace workspace)
    {
        var restore = workspace.Restore();
        Assert.True(restore.Succeeded, "restore failed:\n" + restore);
        var build = workspace.Build();
        Assert.False(build.TimedOut, build.ToString());
        output.WriteLine(build.ToString());
        return build;
    }

    private static string EditProject(ConsumerWorkspace workspace, string oldText, string newText)
    {
        var project = Path.Combine(workspace.ProjectDirectory, "OnexSchemas.Consumer.csproj");
        var text = File.ReadAllText(project);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(project, text.Replace(oldText, newText, StringComparison.Ordinal));
        return project;
    }

    // MSBuild's column is the element's first character, '<', counted from 1.
    private static (int Line, int Column) PositionOf(string file, string needle)
    {
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, line => line.Contains(needle, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{needle}' not in {file}");
        return (index + 1, lines[index].IndexOf(needle, StringComparison.Ordinal) + 1);
    }

    // Distinct error lines: MSBuild repeats each error in its summary.
    private static int ErrorLines(ProcessResult build) =>
        build.Output.Split('\n').Select(line => line.Trim()).Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct().Count();
}
