using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX003: keywords have the types draft-07 gives them; each wrong keyword is reported where it is, and only there.</summary>
public sealed class MetaSchemaRuleTests
{
    private const string Request = ValidTree.RequestPath;

    public static TheoryData<string, string, string, string> WrongKeywords => new()
    {
        // replaced text, replacement, needle of the finding, anchor
        { "\"minimum\": 0", "\"minimum\": \"zero\"", "\"minimum\"", "\"count\"" },
        { "\"maxLength\": 200", "\"maxLength\": -1", "\"maxLength\"", "\"definitions\"" },
        { "\"maxLength\": 200", "\"maxLength\": 1.5", "\"maxLength\"", "\"definitions\"" },
        { "\"required\": [\"target\"]", "\"required\": \"target\"", "\"required\"", "\"additionalProperties\"" },
        { "\"required\": [\"target\"]", "\"required\": [\"target\", \"target\"]", "\"required\"", "\"additionalProperties\"" },
        { "\"type\": \"integer\"", "\"type\": \"int\"", "\"type\"", "\"count\"" },
        { "\"maxLength\": 200", "\"maxLength\": 200,\n      \"pattern\": \"[\"", "\"pattern\"", "\"definitions\"" },
        { "\"title\": \"Ping request\"", "\"title\": 7", "\"title\"", "\"$id\"" },
        { "\"definitions\": {", "\"patternProperties\": { \"[\": {} },\n  \"definitions\": {", "\"[\"", "\"patternProperties\"" },
    };

    [Theory]
    [MemberData(nameof(WrongKeywords))]
    public void WrongKeywordIsReportedAtThatKeywordOnly(string oldText, string newText, string needle, string after)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, oldText, newText);

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX003");
        var expected = tree.LocationOf(Request, needle, after);
        Assert.All(Findings.Of(result, "ONEX003"), finding => Assert.Equal(expected, finding.Location));
    }

    [Fact]
    public void TheOrderOfMembersDoesNotMatterEvenWhenSchemaComesAfterTheVendorKeywords()
    {
        using var tree = TreeBuilder.Valid();
        tree.Edit(Request, schema =>
        {
            var dialect = schema["$schema"]!.DeepClone();
            schema.Remove("$schema");
            schema["$schema"] = dialect;
        });

        var members = System.Text.Json.Nodes.JsonNode.Parse(tree.Read(Request))!.AsObject().Select(member => member.Key).ToList();
        Assert.True(members.IndexOf("$schema") > members.IndexOf("x-onex"));
        Assert.DoesNotContain(tree.Lint().Diagnostics, diagnostic => diagnostic.IsError);
    }

    [Fact]
    public void FindingsAreCappedPerFile()
    {
        using var tree = TreeBuilder.Valid();
        var properties = string.Join(",\n", Enumerable.Range(1, 12).Select(i => $"    \"p{i}\": {{ \"minimum\": \"x\", \"description\": \"d\" }}"));
        tree.Replace(Request, "\"properties\": {", "\"properties\": {\n" + properties + ",");

        var result = tree.Lint();

        Assert.Equal(10, Findings.Of(result, "ONEX003").Count);
    }

    [Fact]
    public void SchemaInvalidAgainstTheMetaSchemaHasItsExamplesSkipped()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"minimum\": 0", "\"minimum\": \"zero\"");
        tree.Replace(Request, "\"count\": 3", "\"count\": -1");

        Findings.NoneOf(tree.Lint(), "ONEX020");
    }

    [Theory]
    [InlineData("\"type\": \"integer\"", "\"type\": \"bool\"", "'bool' is not a JSON Schema type; the types are array, boolean, integer, null, number, object, string; did you mean 'boolean'?")]
    [InlineData("\"type\": \"integer\"", "\"type\": \"int\"", "'int' is not a JSON Schema type; the types are array, boolean, integer, null, number, object, string; did you mean 'integer'?")]
    [InlineData("\"type\": \"integer\"", "\"type\": \"strng\"", "'strng' is not a JSON Schema type; the types are array, boolean, integer, null, number, object, string; did you mean 'string'?")]
    [InlineData("\"type\": \"integer\"", "\"type\": \"quantity\"", "'quantity' is not a JSON Schema type; the types are array, boolean, integer, null, number, object, string")]
    public void UnknownTypeNameIsOneFindingListingTheTypesAndTheNearest(string oldText, string newText, string message)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, oldText, newText);

        var finding = Findings.Single(tree.Lint(), "ONEX003");

        Assert.Equal("'#/properties/count/type' is not valid draft-07: " + message, finding.Message);
        Assert.Equal(tree.LocationOf(Request, "\"type\"", "\"count\""), finding.Location);
    }

    [Fact]
    public void UnknownTypeNameInATypeArrayIsReportedAtTheItem()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"type\": \"integer\"", "\"type\": [\"integer\", \"nul\"]");

        var finding = Findings.Single(tree.Lint(), "ONEX003");

        Assert.EndsWith("'nul' is not a JSON Schema type; the types are array, boolean, integer, null, number, object, string; did you mean 'null'?", finding.Message, StringComparison.Ordinal);
        Assert.Equal(tree.LocationOf(Request, "\"nul\""), finding.Location);
    }
}
