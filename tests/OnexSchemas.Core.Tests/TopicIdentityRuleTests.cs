using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX009 and ONEX010: the declared topic is well-formed and is the one the path names.</summary>
public sealed class TopicIdentityRuleTests
{
    private const string Request = ValidTree.RequestPath;
    private const string Declared = "\"omninode.demo.request.ping.v1\"";

    [Theory]
    [InlineData("omninode.demo.request.ping.v2")]
    [InlineData("omninode.demo.response.ping.v1")]
    [InlineData("omninode.other.request.ping.v1")]
    [InlineData("omninode.audit.ping.v1")]
    public void DeclaredTopicOtherThanThePathsIsReported(string declared)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, Declared, $"\"{declared}\"");

        var result = tree.Lint();

        // Declaring the response topic also duplicates it.
        Findings.OnlyRules(result, declared.Contains("response", StringComparison.Ordinal) ? ["ONEX010", "ONEX022"] : ["ONEX010"]);
        var finding = Findings.Single(result, "ONEX010");
        Assert.Equal(tree.LocationOf(Request, "\"topic\""), finding.Location);
        Assert.Contains(ValidTree.RequestTopic, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acme.demo.request.ping.v1")]
    [InlineData("omninode.demo.ping.v1")]
    [InlineData("omninode.demo.request.ping")]
    [InlineData("omninode.demo.request.ping.v01")]
    [InlineData("omninode.demo.request.ping-pong.v1")]
    public void MalformedDeclaredTopicBreaksTopicNaming(string declared)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, Declared, $"\"{declared}\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX009");
        Assert.Equal(tree.LocationOf(Request, "\"topic\""), Findings.Single(result, "ONEX009").Location);
    }

    [Fact]
    public void SharedSchemaMustNotDeclareATopic()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.SharedPath, "\"version\": \"1.0.0\",", "\"topic\": \"omninode.demo.event.shared.v1\",\n    \"version\": \"1.0.0\",");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX010");
        Assert.Equal(tree.LocationOf(ValidTree.SharedPath, "\"topic\""), Findings.Single(result, "ONEX010").Location);
    }

    [Fact]
    public void FileRenamedAwayFromItsTopicIsReportedAtTheDeclaredTopic()
    {
        using var tree = TreeBuilder.Valid();
        const string renamed = "events/demo/response/pong.v1.json";
        tree.Move(ValidTree.ResponsePath, renamed);

        var result = tree.Lint();

        Assert.Equal(tree.LocationOf(renamed, "\"topic\""), Findings.Single(result, "ONEX010").Location);
    }
}
