using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX016: the schema, its properties and its definitions have non-empty descriptions.</summary>
public sealed class DescriptionRuleTests
{
    private const string Request = ValidTree.RequestPath;

    [Fact]
    public void SchemaWithoutDescriptionIsReportedAtTheRoot()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "  \"description\": \"Asks a node whether it is alive.\",\n", string.Empty);

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX016");
        Assert.Equal(tree.LocationOf(Request, "{"), Findings.Single(result, "ONEX016").Location);
    }

    [Fact]
    public void DefinitionWithoutDescriptionIsReportedAtTheDefinition()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"maxLength\": 200,\n      \"description\": \"Free text.\"", "\"maxLength\": 200");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX016");
        Assert.Equal(tree.LocationOf(Request, "\"note\"", after: "\"definitions\""), Findings.Single(result, "ONEX016").Location);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\" \\t \"")]
    [InlineData("42")]
    [InlineData("null")]
    public void DescriptionThatIsBlankOrNotAStringIsReportedAtTheProperty(string description)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"How many pings to send.\"", description);

        var result = tree.Lint();

        Assert.Equal(tree.LocationOf(Request, "\"count\": {"), Findings.Single(result, "ONEX016").Location);
    }

    [Fact]
    public void ItemsAndMapValuesNeedNoDescription()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"properties\": {", "\"properties\": {\n    \"tags\": { \"type\": \"array\", \"items\": { \"type\": \"string\" }, \"description\": \"Tags.\" },");

        Findings.None(tree.Lint());
    }
}
