using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Core.Tests;

/// <summary>What a root-relative path says about its file.</summary>
public sealed class SchemaPathTests
{
    [Theory]
    [InlineData("events/codegen/request/validate.v1.json", "omninode.codegen.request.validate.v1", 1)]
    [InlineData("events/bridge/response/batch_stamp.v2.json", "omninode.bridge.response.batch_stamp.v2", 2)]
    [InlineData("events/audit/agent_execution.v1.json", "omninode.audit.agent_execution.v1", 1)]
    [InlineData("events/intelligence/audit/pattern_creation.v3.json", "omninode.intelligence.audit.pattern_creation.v3", 3)]
    public void TopicPathNamesItsTopic(string path, string topic, int major)
    {
        var parsed = SchemaPath.Parse(path, TopicName.DefaultNamespace);

        Assert.Equal(SchemaFileKind.Topic, parsed.Kind);
        Assert.Equal(topic, parsed.Topic?.Value);
        Assert.Equal(major, parsed.Major);
        Assert.Null(parsed.Problem);
        Assert.Equal(path, SchemaPath.ForTopic(parsed.Topic!));
    }

    [Fact]
    public void CommonPathIsASharedSchema()
    {
        var parsed = SchemaPath.Parse("common/dlq_record.v1.json", TopicName.DefaultNamespace);

        Assert.Equal(SchemaFileKind.Common, parsed.Kind);
        Assert.Null(parsed.Topic);
        Assert.Equal(1, parsed.Major);
        Assert.Equal("dlq_record", parsed.BaseName);
    }

    [Theory]
    [InlineData("schema.v1.json", false)]
    [InlineData("common/a/b.v1.json", false)]
    [InlineData("common/Envelope.v1.json", false)]
    [InlineData("events/demo/thing.v1.json", false)]
    [InlineData("events/demo/event/thing.json", false)]
    [InlineData("events/demo/event/thing.v1.yaml", false)]
    [InlineData("events/demo/event/.v1.json", false)]
    [InlineData("events/Demo/event/thing.v1.json", true)]
    [InlineData("events/demo/events/thing.v1.json", true)]
    public void PathOutsideTheLayoutSaysWhy(string path, bool breaksNaming)
    {
        var parsed = SchemaPath.Parse(path, TopicName.DefaultNamespace);

        Assert.Equal(SchemaFileKind.Misplaced, parsed.Kind);
        Assert.Null(parsed.Topic);
        Assert.Equal(breaksNaming, parsed.BreaksNaming);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Problem));
    }
}
