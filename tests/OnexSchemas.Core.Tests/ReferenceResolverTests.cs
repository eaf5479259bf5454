using System.Text.Json;
using OnexSchemas.Loading;
using OnexSchemas.Model;
using OnexSchemas.References;

namespace OnexSchemas.Core.Tests;

/// <summary>Resolution of one <c>$ref</c> against an in-memory tree: every form that may resolve, and why the others may not.</summary>
public sealed class ReferenceResolverTests
{
    private const string FromPath = "events/demo/request/ping.v1.json";

    private const string From = """
        {
          "definitions": {
            "a/b": { "description": "slash" },
            "c~d": { "description": "tilde" },
            "e f": { "description": "space" },
            "50%": { "description": "percent" },
            "é": { "description": "non-ASCII" },
            "list": [ { "description": "zero" }, { "description": "one" } ]
          }
        }
        """;

    private const string Shared = """{ "description": "shared", "definitions": { "label": { "description": "label" } } }""";

    private static (ReferenceResolver Resolver, SchemaTree Tree) Build(string? config = null)
    {
        var source = new InMemorySchemaSource("ROOT", "ROOT/")
            .Add(FromPath, From)
            .Add("common/shared.v1.json", Shared)
            .Add("common/broken.v1.json", "{ nope");
        if (config is not null)
        {
            source.Add("onex-schemas.json", config);
        }

        var tree = SchemaTreeLoader.Load(source);
        return (new ReferenceResolver(tree), tree);
    }

    private static ReferenceResolution Resolve(string reference, string? config = null)
    {
        var (resolver, tree) = Build(config);
        return resolver.Resolve(tree.FindDocument(FromPath)!, reference);
    }

    private static string DescriptionOf(JsonElement element) => element.GetProperty("description").GetString()!;

    [Theory]
    [InlineData("#", FromPath, "")]
    [InlineData("#/definitions/a~1b", FromPath, "/definitions/a~1b")]
    [InlineData("#/definitions/c~0d", FromPath, "/definitions/c~0d")]
    [InlineData("#/definitions/e%20f", FromPath, "/definitions/e f")]
    [InlineData("#/definitions/50%25", FromPath, "/definitions/50%")]
    [InlineData("#/definitions/%C3%A9", FromPath, "/definitions/é")]
    [InlineData("#/definitions/list/1", FromPath, "/definitions/list/1")]
    [InlineData("ping.v1.json#/definitions/a~1b", FromPath, "/definitions/a~1b")]
    [InlineData("./ping.v1.json#/definitions/list/0", FromPath, "/definitions/list/0")]
    [InlineData("../../../common/shared.v1.json", "common/shared.v1.json", "")]
    [InlineData("../../../common/shared.v1.json#/definitions/label", "common/shared.v1.json", "/definitions/label")]
    [InlineData("..\\..\\..\\common\\shared.v1.json", "common/shared.v1.json", "")]
    [InlineData("https://schemas.omninode.dev/common/shared.v1.json#/definitions/label", "common/shared.v1.json", "/definitions/label")]
    [InlineData("https://schemas.omninode.dev/events/demo/request/ping.v1.json#/definitions/e%20f", FromPath, "/definitions/e f")]
    public void ResolvableReferenceLandsOnItsTarget(string reference, string targetPath, string targetPointer)
    {
        var resolution = Resolve(reference);

        Assert.True(resolution.Succeeded, resolution.Failure);
        Assert.Equal(targetPath, resolution.TargetDocument!.RelativePath);
        Assert.Equal(targetPointer, resolution.TargetPointer);
        Assert.Null(resolution.FailedRule);
    }

    [Fact]
    public void EscapedTokensLandOnTheRightMembers()
    {
        Assert.Equal("slash", DescriptionOf(Resolve("#/definitions/a~1b").TargetElement));
        Assert.Equal("tilde", DescriptionOf(Resolve("#/definitions/c~0d").TargetElement));
        Assert.Equal("space", DescriptionOf(Resolve("#/definitions/e%20f").TargetElement));
        Assert.Equal("percent", DescriptionOf(Resolve("#/definitions/50%25").TargetElement));
        Assert.Equal("non-ASCII", DescriptionOf(Resolve("#/definitions/%C3%A9").TargetElement));
        Assert.Equal("one", DescriptionOf(Resolve("#/definitions/list/1").TargetElement));
        Assert.Equal("label", DescriptionOf(Resolve("../../../common/shared.v1.json#/definitions/label").TargetElement));
    }

    [Theory]
    // remote: never fetched
    [InlineData("http://127.0.0.1:9/x.json", "ONEX004")]
    [InlineData("https://example.com/common/shared.v1.json", "ONEX004")]
    [InlineData("http://schemas.omninode.dev/common/shared.v1.json", "ONEX004")]
    [InlineData("https://schemas.omninode.dev.evil.example/common/shared.v1.json", "ONEX004")]
    [InlineData("file:///etc/passwd", "ONEX004")]
    [InlineData("urn:example:shared", "ONEX004")]
    [InlineData("//127.0.0.1:9/x.json", "ONEX004")]
    // outside the root
    [InlineData("../../../../outside.json", "ONEX005")]
    [InlineData("../../../../schemas/common/shared.v1.json", "ONEX005")]
    [InlineData("%2E%2E/%2E%2E/%2E%2E/%2E%2E/outside.json", "ONEX005")]
    [InlineData("..\\..\\..\\..\\outside.json", "ONEX005")]
    [InlineData("/etc/passwd", "ONEX005")]
    [InlineData("\\\\server\\share\\x.json", "ONEX005")]
    [InlineData("C:\\outside.json", "ONEX005")]
    // nothing there
    [InlineData("../../../common/missing.v1.json", "ONEX006")]
    [InlineData("../../../common/broken.v1.json", "ONEX006")]
    [InlineData("../../../common/shared.v1.json#/definitions/missing", "ONEX006")]
    [InlineData("#/definitions/missing", "ONEX006")]
    [InlineData("#/definitions/a/b", "ONEX006")]
    [InlineData("#/definitions/list/2", "ONEX006")]
    [InlineData("#/definitions/list/-1", "ONEX006")]
    [InlineData("#/definitions/list/01x", "ONEX006")]
    [InlineData("#anchor", "ONEX006")]
    [InlineData("https://schemas.omninode.dev/common/missing.v1.json", "ONEX006")]
    public void UnresolvableReferenceNamesTheRuleItBreaks(string reference, string ruleId)
    {
        var resolution = Resolve(reference);

        Assert.False(resolution.Succeeded);
        Assert.Equal(ruleId, resolution.FailedRule?.Id);
        Assert.Contains(reference, resolution.Failure, StringComparison.Ordinal);
        Assert.Null(resolution.TargetDocument);
    }

    [Fact]
    public void BaseUriComesFromTheTreeConfig()
    {
        const string config = """{ "baseUri": "https://example.org/contracts/" }""";

        var inside = Resolve("https://example.org/contracts/common/shared.v1.json#/definitions/label", config);
        var beside = Resolve("https://example.org/other/common/shared.v1.json", config);
        var oldBase = Resolve("https://schemas.omninode.dev/common/shared.v1.json", config);

        Assert.True(inside.Succeeded, inside.Failure);
        Assert.Equal("common/shared.v1.json", inside.TargetDocument!.RelativePath);
        Assert.Equal("ONEX004", beside.FailedRule?.Id);
        Assert.Equal("ONEX004", oldBase.FailedRule?.Id);
    }
}
