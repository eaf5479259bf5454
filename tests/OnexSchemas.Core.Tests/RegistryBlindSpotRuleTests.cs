using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX021: constructs the registry's compatibility check cannot see are kept out of the tree.</summary>
public sealed class RegistryBlindSpotRuleTests
{
    private const string Request = ValidTree.RequestPath;

    [Theory]
    [InlineData("unevaluatedProperties", "false")]
    [InlineData("unevaluatedItems", "false")]
    [InlineData("dependentSchemas", "{}")]
    [InlineData("if", "{ \"maxProperties\": 3 }")]
    [InlineData("then", "{ \"maxProperties\": 3 }")]
    [InlineData("else", "{ \"maxProperties\": 3 }")]
    public void KeywordTheRegistryCannotCompareIsReportedAtTheKeyword(string keyword, string value)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"minimum\": 0,", $"\"minimum\": 0,\n      \"{keyword}\": {value},");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX021");
        Assert.Equal(tree.LocationOf(Request, $"\"{keyword}\""), Findings.Single(result, "ONEX021").Location);
    }

    [Fact]
    public void TwoCombinatorsInOneObjectAreReportedAtTheSecond()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"minimum\": 0,", "\"minimum\": 0,\n      \"allOf\": [{ \"maximum\": 100 }],\n      \"anyOf\": [{ \"multipleOf\": 1 }],");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX021");
        Assert.Contains(Findings.Single(result, "ONEX021").Location, new[] { tree.LocationOf(Request, "\"allOf\""), tree.LocationOf(Request, "\"anyOf\"") });
    }

    [Fact]
    public void OneCombinatorPerObjectIsFine()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"minimum\": 0,", "\"minimum\": 0,\n      \"anyOf\": [{ \"maximum\": 100 }, { \"multipleOf\": 1 }],");

        Findings.None(tree.Lint());
    }
}
