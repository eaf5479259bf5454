using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX002: every schema declares draft-07; a schema of another draft is not evaluated further.</summary>
public sealed class SchemaDraftRuleTests
{
    private const string Request = ValidTree.RequestPath;
    private const string Declared = "\"http://json-schema.org/draft-07/schema#\"";

    [Theory]
    [InlineData("http://json-schema.org/draft-07/schema#")]
    [InlineData("http://json-schema.org/draft-07/schema")]
    public void EverySpellingOfDraft07IsAccepted(string uri)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, Declared, $"\"{uri}\"");

        Findings.None(tree.Lint());
    }

    [Theory]
    [InlineData("\"http://json-schema.org/draft-04/schema#\"")]
    [InlineData("\"http://json-schema.org/draft-99/schema#\"")]
    [InlineData("\"https://json-schema.org/draft/2019-09/schema\"")]
    [InlineData("\"http://json-schema.org/draft-07/hyper-schema#\"")]
    [InlineData("\"https://json-schema.org/draft-07/schema#\"")]
    [InlineData("\"https://json-schema.org/draft-07/schema\"")]
    [InlineData("\"\"")]
    [InlineData("7")]
    [InlineData("null")]
    public void UnknownDraftIsReportedAtSchemaAndNothingElse(string declared)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, Declared, declared);

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX002");
        Assert.Equal(tree.LocationOf(Request, "\"$schema\""), Findings.Single(result, "ONEX002").Location);
    }

    [Fact]
    public void UnknownDraftStopsEvaluationOfTheSchemaAndItsExamples()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, Declared, "\"http://json-schema.org/draft-04/schema#\"");
        tree.Replace(Request, "\"minimum\": 0", "\"minimum\": \"zero\"");
        tree.Replace(Request, "\"count\": 3", "\"count\": -1");

        Findings.OnlyRules(tree.Lint(), "ONEX002");
    }

    [Fact]
    public void MissingSchemaIsReportedAtTheRoot()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "  \"$schema\": " + Declared + ",\n", string.Empty);

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX002");
        Assert.Equal(tree.LocationOf(Request, "{"), Findings.Single(result, "ONEX002").Location);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\n  true")]
    [InlineData("\"a string\"")]
    public void SchemaThatIsNotAnObjectIsReportedAtItsStart(string text)
    {
        using var tree = TreeBuilder.Valid();
        const string path = "common/scalar.v1.json";
        tree.Write(path, text);

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX002");
        Assert.Equal(tree.LocationOf(path, text.Trim()), Findings.Single(result, "ONEX002").Location);
    }
}
