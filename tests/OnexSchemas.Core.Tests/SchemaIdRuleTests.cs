using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX011: <c>$id</c> is the base URI followed by the path.</summary>
public sealed class SchemaIdRuleTests
{
    [Fact]
    public void MissingIdIsReportedAtTheRoot()
    {
        using var tree = TreeBuilder.Valid();
        tree.Edit(ValidTree.RequestPath, root => root.Remove("$id"));

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX011");
        var finding = Findings.Single(result, "ONEX011");
        Assert.Equal(tree.LocationOf(ValidTree.RequestPath, "{"), finding.Location);
        Assert.Contains(ValidTree.BaseUri + ValidTree.RequestPath, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"events/demo/request/ping.v1.json\"")]
    [InlineData("\"https://schemas.omninode.dev/events/demo/request/ping.v1.json#\"")]
    [InlineData("\"HTTPS://schemas.omninode.dev/events/demo/request/ping.v1.json\"")]
    public void IdOtherThanBaseUriPlusPathIsReportedAtId(string id)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.RequestPath, "\"https://schemas.omninode.dev/events/demo/request/ping.v1.json\"", id);

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX011");
        Assert.Equal(tree.LocationOf(ValidTree.RequestPath, "\"$id\""), Findings.Single(result, "ONEX011").Location);
    }

    [Fact]
    public void WrongIdOfASharedSchemaIsReportedThereAndNowhereElse()
    {
        // The request's $ref names the shared schema by path; the examples must still be checked without a crash.
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.SharedPath, "/common/shared.v1.json\"", "/common/node.v1.json\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX011");
        Assert.Equal(tree.LocationOf(ValidTree.SharedPath, "\"$id\""), Findings.Single(result, "ONEX011").Location);
    }

    [Fact]
    public void BaseUriComesFromTheTreeConfig()
    {
        using var tree = TreeBuilder.Valid();
        const string other = "https://contracts.example.org/schemas/";
        tree.Replace(ValidTree.ConfigPath, "\"" + ValidTree.BaseUri + "\"", "\"" + other + "\"");
        foreach (var path in new[] { ValidTree.SharedPath, ValidTree.RequestPath, ValidTree.ResponsePath })
        {
            tree.Replace(path, "\"" + ValidTree.BaseUri, "\"" + other);
        }

        Findings.None(tree.Lint());
    }
}
