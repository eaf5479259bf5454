using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX023: every required name is declared in the same schema object's properties.</summary>
public sealed class RequiredDeclaredRuleTests
{
    [Fact]
    public void UndeclaredRequiredNameIsReportedAtItsEntry()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.ResponsePath, "\"required\": [\"alive\"]", "\"required\": [\"alive\", \"is_alive\"]");

        var result = tree.Lint();

        var finding = Findings.Single(result, "ONEX023");
        Assert.Equal(tree.LocationOf(ValidTree.ResponsePath, "\"is_alive\""), finding.Location);
        Assert.Equal("/required/1", finding.JsonPointer);
        Assert.Contains("is_alive", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredInABranchNamesMembersOfTheEnclosingObject()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.ResponsePath, "\"required\": [\"alive\"]", "\"required\": [\"alive\"],\n  \"oneOf\": [{ \"required\": [\"alive\"] }, { \"required\": [\"zone\"] }]");

        var result = tree.Lint();

        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id == "ONEX023");
    }

    [Fact]
    public void RequiredKeysOfATypedMapAreNotMembersToDeclare()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.ResponsePath, "\"additionalProperties\": { \"type\": \"string\" },", "\"additionalProperties\": { \"type\": \"string\" },\n      \"required\": [\"zone\"],");

        var result = tree.Lint();

        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id == "ONEX023");
    }
}
