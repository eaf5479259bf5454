using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX015: every object schema of a topic is closed, or a typed map.</summary>
public sealed class ClosedContentModelRuleTests
{
    private const string Response = ValidTree.ResponsePath;

    [Fact]
    public void ObjectWithoutAdditionalPropertiesIsReportedAtTheObject()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Response, "      \"additionalProperties\": { \"type\": \"string\" },\n", string.Empty);
        tree.Replace(Response, "\"labels\": { \"zone\": \"eu-1\" }", "\"labels\": {}");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX015");
        Assert.Equal(tree.LocationOf(Response, "\"labels\""), Findings.Single(result, "ONEX015").Location);
    }

    [Fact]
    public void NullableObjectIsAnObjectToo()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Response, "\"labels\": {\n      \"type\": \"object\",\n      \"additionalProperties\": { \"type\": \"string\" },",
            "\"labels\": {\n      \"type\": [\"object\", \"null\"],\n      \"properties\": { \"zone\": { \"type\": \"string\", \"description\": \"Zone.\" } },");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX015");
        Assert.Equal(tree.LocationOf(Response, "\"labels\""), Findings.Single(result, "ONEX015").Location);
    }

    [Fact]
    public void PartiallyOpenObjectIsReportedAtAdditionalProperties()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Response, "\"additionalProperties\": { \"type\": \"string\" },",
            "\"additionalProperties\": { \"type\": \"string\" },\n      \"properties\": { \"zone\": { \"type\": \"string\", \"description\": \"Zone.\" } },");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX015");
        Assert.Equal(tree.LocationOf(Response, "\"additionalProperties\"", after: "\"labels\""), Findings.Single(result, "ONEX015").Location);
    }

    [Fact]
    public void ObjectInsideArrayItemsIsCheckedToo()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Response, "\"labels\": {\n      \"type\"", "\"hops\": {\n      \"type\": \"array\",\n      \"items\": { \"type\": \"object\", \"properties\": {} },\n      \"description\": \"Hops.\"\n    },\n    \"labels\": {\n      \"type\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX015");
        Assert.Equal(tree.LocationOf(Response, "\"items\""), Findings.Single(result, "ONEX015").Location);
    }

    [Fact]
    public void SharedSchemasMayStayOpen()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.SharedPath, "\"additionalProperties\": false", "\"additionalProperties\": true");

        Findings.None(tree.Lint());
    }
}
