using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX019 (topic schemas have examples) and ONEX020 (every example validates, formats included).</summary>
public sealed class ExamplesRuleTests
{
    private const string Request = ValidTree.RequestPath;
    private const string Shared = ValidTree.SharedPath;

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("\"none\"")]
    public void TopicSchemaWithoutAnExampleIsReportedAtTheRoot(string examples)
    {
        using var tree = TreeBuilder.Valid();
        tree.Edit(ValidTree.ResponsePath, root => root["examples"] = System.Text.Json.Nodes.JsonNode.Parse(examples));

        var result = tree.Lint();

        Assert.Equal(tree.LocationOf(ValidTree.ResponsePath, "{"), Findings.Single(result, "ONEX019").Location);
    }

    [Fact]
    public void SharedSchemasNeedNoExamples()
    {
        using var tree = TreeBuilder.Valid();

        Assert.DoesNotContain(tree.Read(Shared), "examples", StringComparison.Ordinal);
        Findings.None(tree.Lint());
    }

    [Fact]
    public void ExampleBreakingAReferencedSharedSchemaIsReportedAtTheBadValue()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"target\": { \"id\": \"node-1\" }", "\"target\": { \"id\": \"\" }");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX020");
        var finding = Findings.Single(result, "ONEX020");
        Assert.Equal(tree.LocationOf(Request, "\"id\": \"\""), finding.Location);
        Assert.Equal("/examples/0/target/id", finding.JsonPointer);
    }

    [Fact]
    public void MemberTheClosedModelForbidsIsReportedAtTheMember()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"count\": 3", "\"count\": 3,\n      \"colour\": \"red\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX020");
        Assert.Equal(tree.LocationOf(Request, "\"colour\""), Findings.Single(result, "ONEX020").Location);
    }

    [Fact]
    public void SecondExampleIsCheckedAndNamed()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "      \"count\": 3\n    }", "      \"count\": 3\n    },\n    {\n      \"count\": 1\n    }");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX020");
        var finding = Findings.Single(result, "ONEX020");
        Assert.Equal(tree.LocationOf(Request, "{\n      \"count\": 1"), finding.Location);
        Assert.StartsWith("example 1 ", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uuid", "\"not-a-uuid\"")]
    [InlineData("date-time", "\"2025-13-45T99:00:00Z\"")]
    public void FormatsAreAsserted(string format, string value)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"properties\": {", $"\"properties\": {{\n    \"stamp\": {{ \"type\": \"string\", \"format\": \"{format}\", \"description\": \"Stamp.\" }},");
        tree.Replace(Request, "\"count\": 3", $"\"count\": 3,\n      \"stamp\": {value}");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX020");
        Assert.Equal(tree.LocationOf(Request, "\"stamp\"", after: "\"examples\""), Findings.Single(result, "ONEX020").Location);
    }

    [Fact]
    public void ExamplesOfSharedSchemasAreCheckedToo()
    {
        using var tree = TreeBuilder.Valid();
        tree.Edit(Shared, root => root["examples"] = System.Text.Json.Nodes.JsonNode.Parse("""[{ "id": "ok" }, { "id": 7 }]"""));

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX020");
        Assert.Equal("/examples/1/id", Findings.Single(result, "ONEX020").JsonPointer);
    }

    [Fact]
    public void OnlyTheFailingPlaceIsReportedNotBranchesThatDidNotMatch()
    {
        // "size" matches the second anyOf branch; only "count" is wrong.
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"properties\": {", "\"properties\": {\n    \"size\": { \"anyOf\": [{ \"type\": \"string\" }, { \"type\": \"integer\" }], \"description\": \"Size.\" },");
        tree.Replace(Request, "\"count\": 3", "\"count\": -1,\n      \"size\": 5");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX020");
        Assert.Equal(tree.LocationOf(Request, "\"count\": -1"), Findings.Single(result, "ONEX020").Location);
    }

    public static TheoryData<string, string, string, string> SharedSchemaBreakages => new()
    {
        // rule, replaced text in the shared schema, replacement, needle of the finding
        { "ONEX002", "\"http://json-schema.org/draft-07/schema#\"", "\"http://json-schema.org/draft-04/schema#\"", "\"$schema\"" },
        { "ONEX003", "\"minLength\": 1", "\"minLength\": \"one\"", "\"minLength\"" },
        { "ONEX004", "\"minLength\": 1,", "\"minLength\": 1,\n      \"allOf\": [{ \"$ref\": \"http://127.0.0.1:9/x.json\" }],", "\"$ref\"" },
        { "ONEX005", "\"minLength\": 1,", "\"minLength\": 1,\n      \"allOf\": [{ \"$ref\": \"../../outside.json\" }],", "\"$ref\"" },
        { "ONEX006", "\"minLength\": 1,", "\"minLength\": 1,\n      \"allOf\": [{ \"$ref\": \"missing.v1.json\" }],", "\"$ref\"" },
        { "ONEX007", "\"minLength\": 1,", "\"minLength\": 1,\n      \"allOf\": [{ \"$ref\": \"#/properties/id\" }],", "\"$ref\"" },
    };

    [Theory]
    [MemberData(nameof(SharedSchemaBreakages))]
    public void TopicReferringToABrokenSharedSchemaIsNotReportedAgain(string ruleId, string oldText, string newText, string needle)
    {
        // The shared schema cannot be built; the request that refers to it must neither crash the linter nor be
        // blamed for it: the one finding is in the shared schema.
        using var tree = TreeBuilder.Valid();
        tree.Replace(Shared, oldText, newText);

        var result = tree.Lint();

        Findings.OnlyRules(result, ruleId);
        Assert.Equal(tree.LocationOf(Shared, needle), Findings.Single(result, ruleId).Location);
    }
}
