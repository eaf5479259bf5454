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
}
