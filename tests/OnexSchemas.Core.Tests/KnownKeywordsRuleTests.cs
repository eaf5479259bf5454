using OnexSchemas.Tests.Support;
using OnexSchemas.Text;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX026: a word validators would ignore is an error at the word, with the keyword it probably meant.</summary>
public sealed class KnownKeywordsRuleTests
{
    private const string Request = ValidTree.RequestPath;

    [Theory]
    [InlineData("\"required\": [\"target\"],", "\"requried\": [\"target\"],", "requried", "unknown keyword 'requried', which validators ignore; did you mean 'required'?")]
    [InlineData("\"minimum\": 0,", "\"minimun\": 0,", "minimun", "unknown keyword 'minimun', which validators ignore; did you mean 'minimum'?")]
    [InlineData("\"maxLength\": 200,", "\"maxlength\": 200,", "maxlength", "unknown keyword 'maxlength', which validators ignore; did you mean 'maxLength'?")]
    [InlineData("\"additionalProperties\": false,", "\"additionalProperty\": false,", "additionalProperty", "unknown keyword 'additionalProperty', which validators ignore; did you mean 'additionalProperties'?")]
    [InlineData("\"minimum\": 0,", "\"minimum\": 0,\n      \"sensitive\": true,", "sensitive", "unknown keyword 'sensitive', which validators ignore; vendor extensions start with 'x-'")]
    [InlineData("\"minimum\": 0,", "\"minimum\": 0,\n      \"nullable\": true,", "nullable", "'nullable' is not a draft-07 keyword: it is an OpenAPI keyword; allow null with \"type\": [\"...\", \"null\"]")]
    [InlineData("\"definitions\": {", "\"$defs\": {", "$defs", "'$defs' is not a draft-07 keyword: it is a 2019-09 keyword; draft-07 names it 'definitions'")]
    public void UnknownKeywordIsAnErrorAtTheKeywordWithASuggestion(string oldText, string newText, string keyword, string message)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, oldText, newText);

        var result = tree.Lint();

        var finding = Findings.Single(result, "ONEX026");
        Assert.Equal(message, finding.Message);
        Assert.Equal(tree.LocationOf(Request, $"\"{keyword}\""), finding.Location);
    }

    [Fact]
    public void VendorExtensionsAreAllowedAnywhere()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"minimum\": 0,", "\"minimum\": 0,\n      \"x-pii\": true,\n      \"x-owner-note\": { \"why\": \"audit\" },");

        Findings.None(tree.Lint());
    }

    [Fact]
    public void MembersOfExamplesAndPropertyNamesAreNotKeywords()
    {
        using var tree = TreeBuilder.Valid();
        // "requried" as a property name and inside an example is data, not a keyword.
        tree.Replace(Request, "\"count\": {", "\"requried\": {\n      \"type\": \"string\",\n      \"description\": \"A property that happens to look like a typo.\"\n    },\n    \"count\": {");
        tree.Replace(Request, "\"count\": 3", "\"count\": 3, \"requried\": \"yes\"");

        Findings.NoneOf(tree.Lint(), "ONEX026");
    }

    [Fact]
    public void KeywordsTheRegistryRuleExplainsAreNotReportedTwice()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"minimum\": 0,", "\"minimum\": 0,\n      \"unevaluatedProperties\": false,");

        Findings.OnlyRules(tree.Lint(), "ONEX021");
    }

    [Theory]
    [InlineData("requried", "required", 1)]
    [InlineData("Required", "required", 0)]
    [InlineData("propeties", "properties", 1)]
    [InlineData("additionalProperty", "additionalProperties", 3)]
    [InlineData("abc", "xyz", 3)]
    public void DistanceCountsASwapOfNeighboursAsOneEditAndIgnoresCase(string typed, string known, int distance) =>
        Assert.Equal(distance, NearestNames.Distance(typed, known));
}
