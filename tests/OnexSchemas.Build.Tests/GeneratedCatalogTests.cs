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

    private static string TopicOf<T>()
        where T : IOnexEvent => T.Topic;
}
