using System.Text.Json;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX017: property names are lower snake_case.</summary>
public sealed class SnakeCasePropertiesRuleTests
{
    private const string Request = ValidTree.RequestPath;
    private const string NoteProperty = "\"note\": {\n      \"$ref\"";

    [Theory]
    [InlineData("noteText")]
    [InlineData("Note")]
    [InlineData("note-text")]
    [InlineData("_note")]
    [InlineData("note_")]
    [InlineData("note__text")]
    [InlineData("1note")]
    [InlineData("note text")]
    [InlineData("notё")]
    [InlineData("note\n")]
    [InlineData("note\t")]
    public void PropertyNameThatIsNotSnakeCaseIsReportedAtTheName(string name)
    {
        using var tree = TreeBuilder.Valid();
        var serialized = JsonSerializer.Serialize(name);
        tree.Replace(Request, NoteProperty, serialized + ": {\n      \"$ref\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX017");
        Assert.Equal(tree.LocationOf(Request, serialized), Findings.Single(result, "ONEX017").Location);
    }

    [Theory]
    [InlineData("note_text")]
    [InlineData("v2")]
    [InlineData("note2_text3")]
    public void SnakeCasePropertyNameIsFine(string name)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, NoteProperty, $"\"{name}\": {{\n      \"$ref\"");

        Findings.None(tree.Lint());
    }

    [Fact]
    public void NestedPropertiesOfSharedSchemasAreCheckedToo()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.SharedPath, "\"id\": {", "\"nodeId\": {");
        tree.Replace(ValidTree.SharedPath, "\"required\": [\"id\"]", "\"required\": [\"nodeId\"]");
        tree.Replace(Request, "\"target\": { \"id\": \"node-1\" }", "\"target\": { \"nodeId\": \"node-1\" }");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX017");
        Assert.Equal(tree.LocationOf(ValidTree.SharedPath, "\"nodeId\": {"), Findings.Single(result, "ONEX017").Location);
    }
}
