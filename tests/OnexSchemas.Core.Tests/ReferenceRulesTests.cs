using System.Net;
using System.Net.Sockets;
using OnexSchemas.Diagnostics;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX004 to ONEX007 through the linter: each bad <c>$ref</c> is one finding at the <c>$ref</c>, and nothing is fetched.</summary>
public sealed class ReferenceRulesTests
{
    private const string Request = ValidTree.RequestPath;
    private const string NoteReference = "\"#/definitions/note\"";

    [Theory]
    [InlineData("http://127.0.0.1:9/note.json")]
    [InlineData("https://example.com/schemas/note.json")]
    [InlineData("http://schemas.omninode.dev/events/demo/request/ping.v1.json#/definitions/note")]
    [InlineData("https://schemas.omninode.dev:8443/events/demo/request/ping.v1.json#/definitions/note")]
    [InlineData("file:///etc/passwd")]
    [InlineData("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66")]
    [InlineData("//127.0.0.1:9/note.json")]
    public void RemoteReferenceIsRefused(string reference)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, NoteReference, $"\"{reference}\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX004");
        Assert.Equal(tree.LocationOf(Request, "\"$ref\"", after: "\"note\": {"), Findings.Single(result, "ONEX004").Location);
    }

    [Theory]
    [InlineData("../../../../outside.json")]
    [InlineData("../../../../schemas/common/shared.v1.json")]
    [InlineData("%2e%2e/%2e%2e/%2e%2e/%2e%2e/outside.json")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/outside.json")]
    public void ReferenceLeavingTheRootIsRefused(string reference)
    {
        using var tree = TreeBuilder.Valid();
        // The target exists outside the root, so a resolver that followed the path would succeed.
        tree.Write("../outside.json", "{ \"type\": \"string\" }");
        tree.Replace(Request, NoteReference, $"\"{reference}\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX005");
        Assert.Equal(tree.LocationOf(Request, "\"$ref\"", after: "\"note\": {"), Findings.Single(result, "ONEX005").Location);
    }

    [Theory]
    [InlineData("../../../common/missing.v1.json")]
    [InlineData("../../../common/shared.v1.json#/definitions/missing")]
    [InlineData("#/definitions/missing")]
    [InlineData("#note")]
    public void ReferenceToNothingIsUnresolved(string reference)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, NoteReference, $"\"{reference}\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX006");
        Assert.Equal(tree.LocationOf(Request, "\"$ref\"", after: "\"note\": {"), Findings.Single(result, "ONEX006").Location);
    }

    [Fact]
    public void ReferenceToAFileThatIsNotJsonIsUnresolved()
    {
        using var tree = TreeBuilder.Valid();
        tree.Write("common/broken.v1.json", "{ nope");
        tree.Replace(Request, NoteReference, "\"../../../common/broken.v1.json\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX001", "ONEX006");
        Assert.Equal(tree.LocationOf(Request, "\"$ref\"", after: "\"note\": {"), Findings.Single(result, "ONEX006").Location);
    }

    [Theory]
    [InlineData("https://schemas.omninode.dev/common/shared.v1.json")]
    [InlineData("./../../../common/shared.v1.json")]
    [InlineData("../../../common/shared.v1.json#")]
    [InlineData("../request/../../../common/shared.v1.json")]
    public void EquivalentFormsOfAGoodReferenceResolve(string reference)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"../../../common/shared.v1.json\"", $"\"{reference}\"");

        Findings.None(tree.Lint());
    }

    [Fact]
    public void SelfReferenceIsACycle()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, NoteReference, "\"#\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX007");
        Assert.Equal(tree.LocationOf(Request, "\"$ref\"", after: "\"note\": {"), Findings.Single(result, "ONEX007").Location);
    }

    [Fact]
    public void CycleAcrossFilesIsReportedOnceAtOneOfItsReferences()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.SharedPath, "\"Node identifier.\"\n    }", "\"Node identifier.\"\n    },\n    \"back\": {\n      \"$ref\": \"../events/demo/request/ping.v1.json\",\n      \"description\": \"Back to the request.\"\n    }");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX007");
        var finding = Findings.Single(result, "ONEX007");
        SourceLocation[] sites =
        [
            tree.LocationOf(Request, "\"$ref\"", after: "\"target\": {"),
            tree.LocationOf(ValidTree.SharedPath, "\"$ref\"", after: "\"back\": {"),
        ];
        Assert.Contains(finding.Location, sites);
        Assert.Contains("ping.v1.json", finding.Message, StringComparison.Ordinal);
        Assert.Contains("shared.v1.json", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceIntoADefinitionThatDoesNotComeBackIsNoCycle()
    {
        using var tree = TreeBuilder.Valid();
        // note -> #/definitions/note -> #/definitions/text: a chain, not a cycle; "note2" starts with "note" but is not inside it.
        tree.Replace(Request, "\"type\": \"string\",\n      \"maxLength\": 200,", "\"$ref\": \"#/definitions/note2\",");
        tree.Replace(Request, "\"definitions\": {", "\"definitions\": {\n    \"note2\": { \"type\": \"string\", \"description\": \"Text.\" },");

        Findings.None(tree.Lint());
    }

    [Fact]
    public void RemoteReferenceIsNeverFetched()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            using var tree = TreeBuilder.Valid();
            tree.Replace(Request, NoteReference, $"\"http://127.0.0.1:{port}/x.json\"");

            var result = tree.Lint();

            Findings.OnlyRules(result, "ONEX004");
            Assert.False(listener.Pending(), "the linter connected to the loopback listener");
        }
        finally
        {
            listener.Stop();
        }
    }
}
