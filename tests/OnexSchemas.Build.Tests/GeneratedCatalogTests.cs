using Omninode.Events;
using Omninode.Events.Codegen;
using OnexSchemas.Loading;

namespace OnexSchemas.Build.Tests;

/// <summary>The task's records and the source generator's parts meet in one compilation, as in a service.</summary>
public sealed class GeneratedCatalogTests
{
    [Fact]
    public void Topic_constants_name_the_topics_and_their_dead_letter_topics()
    {
        Assert.Equal("omninode.codegen.request.validate.v1", Topics.Codegen.Request.ValidateV1);
        Assert.Equal("omninode.codegen.request.validate.v1.dlq", Topics.Codegen.Request.ValidateV1Dlq);
        Assert.Equal("omninode.audit.agent_execution.v1", Topics.Audit.AgentExecutionV1);
    }

    [Fact]
    public void Records_know_their_topic_version_and_response()
    {
        Assert.Equal(Topics.Codegen.Request.ValidateV1, TopicOf<ValidateRequestV1>());
        Assert.Equal("1.0.0", ValidateRequestV1.SchemaVersion);
        Assert.Equal(typeof(ValidateResponseV1), OnexEventCatalog.Find<ValidateRequestV1>()!.ResponseType);
    }

    [Fact]
    public void The_catalog_lists_every_topic_of_the_tree()
    {
        var tree = SchemaTreeLoader.Load(RepositoryPaths.Schemas);
        Assert.Equal(tree.Topics.Count, OnexEventCatalog.All.Count);
        Assert.All(tree.Topics, topic =>
        {
            var descriptor = OnexEventCatalog.FindByTopic(topic.Name.Value);
            Assert.NotNull(descriptor);
            Assert.Equal(topic.Name.DeadLetterTopic, descriptor.DeadLetterTopic);
            Assert.NotNull(OnexEventsJsonContext.Default.GetTypeInfo(descriptor.Type));
        });
    }

    [Fact]
    public void Every_descriptor_carries_the_serializer_metadata_of_its_payload_and_its_envelope()
    {
        Assert.All(OnexEventCatalog.All, descriptor =>
        {
            Assert.Equal(descriptor.Type, descriptor.PayloadTypeInfo.Type);
            Assert.Equal(typeof(OnexEnvelope<>).MakeGenericType(descriptor.Type), descriptor.EnvelopeTypeInfo.Type);
            Assert.Same(descriptor, OnexEventCatalog.FindByType(descriptor.Type));
        });
        Assert.Null(OnexEventCatalog.FindByType(typeof(string)));
    }

    [Theory]
    [InlineData("omninode.codegen.request.validate.v1", "1.4.2", null)]
    [InlineData("omninode.codegen.response.validate.v1", "1.0.0", "/event_type: must be omninode.codegen.request.validate.v1, the event type of the payload")]
    [InlineData("omninode.codegen.request.validate.v1", "2.0.0", "/version: must have the major version of the payload schema, 1.0.0")]
    public void The_envelopes_Validate_checks_event_type_and_major_version_against_its_payload_type(string eventType, string version, string? error)
    {
        var envelope = new OnexEnvelope<ValidateRequestV1>
        {
            EventId = Guid.NewGuid(),
            EventType = eventType,
            CorrelationId = Guid.NewGuid(),
            Timestamp = new DateTimeOffset(2025, 10, 18, 10, 0, 0, TimeSpan.Zero),
            Version = version,
            Source = new OnexEnvelopeSource { Service = "archon-intelligence", InstanceId = "instance-1", Hostname = "host-1" },
            Metadata = new OnexEnvelopeMetadata { TraceId = "0af7651916cd43dd8448eb211c80319c", SpanId = "b7ad6b7169203331" },
            Payload = new ValidateRequestV1 { CodeContent = "x", NodeType = ValidateRequestV1NodeType.Effect, Language = ValidateRequestV1Language.Python },
        };

        var errors = envelope.Validate().Select(e => e.ToString()).ToList();

        if (error is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal([error], errors);
        }
    }

    private static string TopicOf<T>()
        where T : IOnexEvent => T.Topic;
}
