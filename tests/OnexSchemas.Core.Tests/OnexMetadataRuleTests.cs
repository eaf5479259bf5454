using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX014: the <c>x-onex</c> block has what the tools need: version, owner, and for topics topic, producers and consumers.</summary>
public sealed class OnexMetadataRuleTests
{
    private const string Request = ValidTree.RequestPath;

    [Fact]
    public void SchemaWithoutXOnexIsReportedAtTheRoot()
    {
        using var tree = TreeBuilder.Valid();
        tree.Edit(Request, root => root.Remove("x-onex"));

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX014");
        Assert.Equal(tree.LocationOf(Request, "{"), Findings.Single(result, "ONEX014").Location);
    }

    [Fact]
    public void XOnexThatIsNotAnObjectIsReportedAtTheRoot()
    {
        using var tree = TreeBuilder.Valid();
        tree.Edit(Request, root => root["x-onex"] = "1.2.0");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX014");
        Assert.Equal(tree.LocationOf(Request, "{"), Findings.Single(result, "ONEX014").Location);
    }

    [Theory]
    [InlineData("    \"topic\": \"omninode.demo.request.ping.v1\",\n", "")]
    [InlineData("    \"producers\": [\"svc-caller\"],\n", "")]
    [InlineData("    \"consumers\": [\"svc-node\"]\n", "    \"owner2\": \"x\"\n")]
    public void MissingTopicFieldIsReportedAtXOnex(string removed, string replacement)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, removed, replacement);

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX014");
        Assert.Equal(tree.LocationOf(Request, "\"x-onex\""), Findings.Single(result, "ONEX014").Location);
    }

    [Theory]
    [InlineData("\"owner\": \"team-core\"", "\"owner\": \"  \"", "\"owner\"")]
    [InlineData("\"owner\": \"team-core\"", "\"owner\": [\"team-core\"]", "\"owner\"")]
    [InlineData("\"producers\": [\"svc-caller\"]", "\"producers\": []", "\"producers\"")]
    [InlineData("\"producers\": [\"svc-caller\"]", "\"producers\": \"svc-caller\"", "\"producers\"")]
    [InlineData("\"consumers\": [\"svc-node\"]", "\"consumers\": [\"svc-node\", 7]", "\"consumers\"")]
    [InlineData("\"consumers\": [\"svc-node\"]", "\"consumers\": [\"\"]", "\"consumers\"")]
    [InlineData("\"consumers\": [\"svc-node\"]", "\"consumers\": [\"svc-node\"],\n    \"deprecated\": \"yes\"", "\"deprecated\"")]
    [InlineData("\"consumers\": [\"svc-node\"]", "\"consumers\": [\"svc-node\"],\n    \"sunset\": \"31/12/2026\"", "\"sunset\"")]
    [InlineData("\"consumers\": [\"svc-node\"]", "\"consumers\": [\"svc-node\"],\n    \"sunset\": \"2026-02-30\"", "\"sunset\"")]
    public void BadFieldIsReportedAtTheField(string oldText, string newText, string needle)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, oldText, newText);

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX014");
        Assert.Equal(tree.LocationOf(Request, needle, after: "\"x-onex\""), Findings.Single(result, "ONEX014").Location);
    }

    [Fact]
    public void DeprecationWithASunsetDateIsReadIntoTheMetadata()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"consumers\": [\"svc-node\"]", "\"consumers\": [\"svc-node\"],\n    \"deprecated\": true,\n    \"sunset\": \"2026-12-31\"");

        var result = tree.Lint();

        Findings.None(result);
        var metadata = result.Tree.FindTopic(ValidTree.RequestTopic)!.Document.Metadata!;
        Assert.True(metadata.Deprecated);
        Assert.Equal(new DateOnly(2026, 12, 31), metadata.Sunset);
        Assert.Equal(["svc-caller"], metadata.Producers);
        Assert.Equal("team-core", metadata.Owner);
    }

    [Fact]
    public void SharedSchemaNeedsAnOwner()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.SharedPath, "\"version\": \"1.0.0\",\n    \"owner\": \"team-core\"", "\"version\": \"1.0.0\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX014");
        Assert.Equal(tree.LocationOf(ValidTree.SharedPath, "\"x-onex\""), Findings.Single(result, "ONEX014").Location);
    }
}
