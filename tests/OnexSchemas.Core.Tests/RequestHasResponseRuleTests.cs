using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX018: every request topic has the response topic of the same domain, operation and major.</summary>
public sealed class RequestHasResponseRuleTests
{
    [Fact]
    public void ResponseOfAnotherMajorDoesNotAnswerTheRequest()
    {
        using var tree = TreeBuilder.Valid();
        const string v2 = "events/demo/response/ping.v2.json";
        tree.Delete(ValidTree.ResponsePath);
        tree.Write(v2, ValidTree.TopicSchema(v2, "omninode.demo.response.ping.v2").Replace("\"1.0.0\"", "\"2.0.0\"", StringComparison.Ordinal));

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX018");
        var finding = Findings.Single(result, "ONEX018");
        Assert.Equal(tree.FileLocation(ValidTree.RequestPath), finding.Location);
        Assert.Contains(ValidTree.ResponseTopic, finding.Message, StringComparison.Ordinal);
        Assert.Contains(ValidTree.ResponsePath, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResponseOfAnotherDomainDoesNotAnswerTheRequest()
    {
        using var tree = TreeBuilder.Valid();
        const string elsewhere = "events/other/response/ping.v1.json";
        tree.Delete(ValidTree.ResponsePath);
        tree.Write(elsewhere, ValidTree.TopicSchema(elsewhere, "omninode.other.response.ping.v1"));

        Findings.OnlyRules(tree.Lint(), "ONEX018");
    }

    [Fact]
    public void EventsAndAuditRecordsNeedNoResponse()
    {
        using var tree = TreeBuilder.Valid();
        tree.Write("events/demo/event/pinged.v1.json", ValidTree.TopicSchema("events/demo/event/pinged.v1.json", "omninode.demo.event.pinged.v1"));
        tree.Write("events/audit/ping_sent.v1.json", ValidTree.TopicSchema("events/audit/ping_sent.v1.json", "omninode.audit.ping_sent.v1"));

        Findings.None(tree.Lint());
    }
}
