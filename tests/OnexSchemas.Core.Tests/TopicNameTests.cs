using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Core.Tests;

/// <summary>Topic names: the five-part form, the four-part audit form, and every way a name can be malformed.</summary>
public sealed class TopicNameTests
{
    private static TopicName Parse(string text)
    {
        Assert.True(TopicName.TryParse(text, TopicName.DefaultNamespace, out var topic, out var error), error);
        Assert.Null(error);
        return topic!;
    }

    [Fact]
    public void FivePartNameHasEverySegment()
    {
        var topic = Parse("omninode.codegen.request.validate.v1");

        Assert.Equal(new TopicName("omninode", "codegen", EventPattern.Request, "validate", 1, PatternImplied: false), topic);
        Assert.Equal("omninode.codegen.request.validate.v1", topic.Value);
        Assert.Equal("omninode.codegen.request.validate.v1", topic.ToString());
        Assert.Equal("omninode.codegen.request.validate.v1.dlq", topic.DeadLetterTopic);
    }

    [Theory]
    [InlineData("omninode.codegen.request.validate.v1", "omninode.codegen.response.validate.v1")]
    [InlineData("omninode.bridge.request.batch_stamp.v12", "omninode.bridge.response.batch_stamp.v12")]
    public void RequestImpliesItsResponseTopic(string request, string response)
    {
        Assert.Equal(response, Parse(request).ResponseTopic?.Value);
    }

    [Theory]
    [InlineData("omninode.codegen.response.validate.v1")]
    [InlineData("omninode.system.event.alert.v1")]
    [InlineData("omninode.audit.agent_execution.v1")]
    public void OnlyRequestsHaveAResponseTopic(string text)
    {
        Assert.Null(Parse(text).ResponseTopic);
    }

    [Fact]
    public void FourPartAuditNameImpliesTheAuditPattern()
    {
        var topic = Parse("omninode.audit.agent_execution.v3");

        Assert.Equal(new TopicName("omninode", "audit", EventPattern.Audit, "agent_execution", 3, PatternImplied: true), topic);
        Assert.Equal("omninode.audit.agent_execution.v3", topic.Value);
        Assert.Equal("omninode.audit.agent_execution.v4", topic.WithMajor(4).Value);
    }

    [Fact]
    public void FivePartAuditPatternIsAlsoAccepted()
    {
        var topic = Parse("omninode.intelligence.audit.pattern_creation.v1");

        Assert.Equal(EventPattern.Audit, topic.Pattern);
        Assert.False(topic.PatternImplied);
        Assert.Equal("omninode.intelligence.audit.pattern_creation.v1", topic.Value);
    }

    [Fact]
    public void NamespaceIsTheOneAsked()
    {
        Assert.True(TopicName.TryParse("acme.demo.event.pinged.v2", "acme", out var topic, out _));
        Assert.Equal("acme", topic!.Namespace);
        Assert.False(TopicName.TryParse("omninode.demo.event.pinged.v2", "acme", out _, out var error));
        Assert.Contains("'acme'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("omninode")]
    [InlineData("omninode.demo.request")]
    [InlineData("omninode.demo.request.ping.v1.extra")]
    [InlineData("acme.demo.request.ping.v1")]
    [InlineData("Omninode.demo.request.ping.v1")]
    [InlineData("omninode.demo.ping.v1")]
    [InlineData("omninode.demo.notify.ping.v1")]
    [InlineData("omninode.demo.Request.ping.v1")]
    [InlineData("omninode.Demo.request.ping.v1")]
    [InlineData("omninode.demo.request.Ping.v1")]
    [InlineData("omninode.demo.request.pingPong.v1")]
    [InlineData("omninode.demo.request.ping-pong.v1")]
    [InlineData("omninode.demo.request._ping.v1")]
    [InlineData("omninode.demo.request.ping_.v1")]
    [InlineData("omninode.demo.request.ping__pong.v1")]
    [InlineData("omninode.demo.request.1ping.v1")]
    [InlineData("omninode..request.ping.v1")]
    [InlineData("omninode.demo.request.ping.v0")]
    [InlineData("omninode.demo.request.ping.v01")]
    [InlineData("omninode.demo.request.ping.V1")]
    [InlineData("omninode.demo.request.ping.1")]
    [InlineData("omninode.demo.request.ping.v")]
    [InlineData("omninode.demo.request.ping.v1234567890")]
    [InlineData("omninode.demo.request.ping.v1\n")]
    [InlineData("omninode.demo\n.request.ping.v1")]
    [InlineData("omninode.audit.ping\n.v1")]
    [InlineData(" omninode.demo.request.ping.v1")]
    public void MalformedNameIsRefusedWithAReason(string text)
    {
        Assert.False(TopicName.TryParse(text, TopicName.DefaultNamespace, out var topic, out var error));
        Assert.Null(topic);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("agent_execution", true)]
    [InlineData("v2_payload3", true)]
    [InlineData("a_1", true)]
    [InlineData("", false)]
    [InlineData("A", false)]
    [InlineData("camelCase", false)]
    [InlineData("kebab-case", false)]
    [InlineData("_leading", false)]
    [InlineData("trailing_", false)]
    [InlineData("double__underscore", false)]
    [InlineData("9lives", false)]
    [InlineData("with space", false)]
    [InlineData("naïve", false)]
    [InlineData("snake\n", false)]
    public void SnakeCaseIsLowerAsciiWordsJoinedBySingleUnderscores(string segment, bool expected)
    {
        Assert.Equal(expected, SnakeCase.IsMatch(segment));
    }

    [Theory]
    [InlineData("v1", 1)]
    [InlineData("v10", 10)]
    [InlineData("v999999999", 999_999_999)]
    public void MajorSegmentIsVAndAPositiveInteger(string segment, int expected)
    {
        Assert.True(TopicName.TryParseMajor(segment, out var major));
        Assert.Equal(expected, major);
    }

    [Theory]
    [InlineData("v0")]
    [InlineData("v01")]
    [InlineData("V1")]
    [InlineData("1")]
    [InlineData("v-1")]
    [InlineData("v1.0")]
    [InlineData("v1234567890")]
    [InlineData("v1\n")]
    [InlineData("v١")]
    public void MalformedMajorSegmentIsRefused(string segment)
    {
        Assert.False(TopicName.TryParseMajor(segment, out _));
    }

    [Theory]
    [InlineData(EventPattern.Request, "request")]
    [InlineData(EventPattern.Response, "response")]
    [InlineData(EventPattern.Event, "event")]
    [InlineData(EventPattern.Audit, "audit")]
    public void PatternSegmentsRoundTrip(EventPattern pattern, string segment)
    {
        Assert.Equal(segment, pattern.Segment());
        Assert.True(EventPatterns.TryParse(segment, out var parsed));
        Assert.Equal(pattern, parsed);
        Assert.False(EventPatterns.TryParse(segment.ToUpperInvariant(), out _));
    }
}
