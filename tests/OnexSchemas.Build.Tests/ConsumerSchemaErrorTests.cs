using OnexSchemas.Build.Tests.Support;
using Xunit.Abstractions;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// A broken schema fails the service's <c>dotnet build</c> with a canonical MSBuild error at the schema's file, line
/// and column (what IDEs and CI annotate); putting the schema right makes the same build pass.
/// </summary>
[Collection(ConsumerBuildCollection.Name)]
public sealed class ConsumerSchemaErrorTests(PackedPackageFixture package, ITestOutputHelper output)
{
    [Fact]
    public void An_open_payload_object_fails_the_build_at_its_line_and_fixing_it_passes()
    {
        var workspace = ConsumerWorkspace.Create(package, "open-object");
        var path = workspace.Schema("events/codegen/response/validate.v1.json");
        var original = File.ReadAllText(path);
        const string closed = "\"additionalProperties\": false";

        // The second occurrence is a nested object (an issue in the response), not the payload root.
        var index = SchemaText.IndexOf(original, closed, occurrence: 2);
        var broken = SchemaText.Splice(original, index, closed.Length, "\"additionalProperties\": true");
        var (line, column) = SchemaText.PositionOf(broken, index);
        Assert.True(line > 14, $"line {line} is not the nested object's");

        AssertFailsAtThenPasses(workspace, path, original, broken, $"{path}({line},{column}): error ONEX015:");
    }

    [Fact]
    public void Invalid_json_fails_the_build_at_its_line_and_fixing_it_passes()
    {
        var workspace = ConsumerWorkspace.Create(package, "invalid-json");
        var path = workspace.Schema("events/codegen/request/validate.v1.json");
        var original = File.ReadAllText(path);
        const string member = "\"additionalProperties\": false,";

        // A missing comma: the parser stops at the next member's name, at the start of the following line.
        var comma = SchemaText.IndexOf(original, member) + member.Length - 1;
        var broken = SchemaText.Splice(original, comma, 1, string.Empty);
        var next = comma;
        while (char.IsWhiteSpace(broken[next]))
        {
            next++;
        }

        var (line, column) = SchemaText.PositionOf(broken, next);
        Assert.Equal('"', broken[next]);

        AssertFailsAtThenPasses(workspace, path, original, broken, $"{path}({line},{column}): error ONEX001:");
    }

    private void AssertFailsAtThenPasses(ConsumerWorkspace workspace, string path, string original, string broken, string expectedError)
    {
        var restore = workspace.Restore();
        Assert.True(restore.Succeeded, "restore failed:\n" + restore);

        File.WriteAllText(path, broken);
        var failed = workspace.Build();
        Assert.False(failed.Succeeded, "the build passed with a broken schema:\n" + failed);
        Assert.False(failed.TimedOut, failed.ToString());
        Assert.True(failed.Output.Contains(expectedError, StringComparison.Ordinal), $"expected '{expectedError}' in:\n{failed}");
        // Validation stops the build before the compiler sees any generated code.
        Assert.False(failed.Output.Contains(": error CS", StringComparison.Ordinal), failed.ToString());

        File.WriteAllText(path, original);
        var fixedBuild = workspace.Build();
        ConsumerWorkspace.AssertBuildSucceeded(fixedBuild);
        Assert.NotEmpty(workspace.Snapshot().Names);

        output.WriteLine($"{expectedError}\nfailing build {failed.Duration.TotalSeconds:F1} s, fixed build {fixedBuild.Duration.TotalSeconds:F1} s");
    }
}
