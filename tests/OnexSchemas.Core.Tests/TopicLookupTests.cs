using OnexSchemas.Tests.Support;
using OnexSchemas.Model;

namespace OnexSchemas.Core.Tests;

/// <summary>Finding a topic a person typed, and saying why when there is none.</summary>
public sealed class TopicLookupTests
{
    [Fact]
    public void A_known_topic_is_found()
    {
        using var builder = TreeBuilder.Valid();

        Assert.True(TopicLookup.TryFind(builder.Load(), ValidTree.RequestTopic, out var topic, out var problem));
        Assert.Equal(ValidTree.RequestTopic, topic.Name.Value);
        Assert.Null(problem);
    }

    [Fact]
    public void A_typo_is_answered_with_the_closest_topics_first()
    {
        using var builder = TreeBuilder.Valid();
        var tree = builder.Load();

        Assert.False(TopicLookup.TryFind(tree, "omninode.demo.request.pong.v1", out var topic, out var problem));
        Assert.Null(topic);
        Assert.Equal($"unknown topic 'omninode.demo.request.pong.v1'; did you mean: {ValidTree.RequestTopic}?", problem);

        // Closest first.
        Assert.Equal([ValidTree.RequestTopic, ValidTree.ResponseTopic], TopicLookup.Suggest(tree, "omninode.demo.resquest.ping.v1"));
        Assert.Equal([ValidTree.ResponseTopic, ValidTree.RequestTopic], TopicLookup.Suggest(tree, "omninode.demo.respons.ping.v1"));
        Assert.Equal([ValidTree.ResponseTopic], TopicLookup.Suggest(tree, "omninode.demo.respons.ping.v1", count: 1));
    }

    [Fact]
    public void A_name_far_from_every_topic_points_to_list()
    {
        using var builder = TreeBuilder.Valid();

        Assert.False(TopicLookup.TryFind(builder.Load(), "payments", out _, out var problem));
        Assert.Equal("unknown topic 'payments'; run 'onex-schemas list' to see the topics", problem);
    }

    [Fact]
    public void A_topic_whose_file_does_not_load_says_so_with_its_findings()
    {
        using var builder = TreeBuilder.Valid();
        builder.Write(ValidTree.RequestPath, "{ \"type\": ");

        Assert.False(TopicLookup.TryFind(builder.Load(), ValidTree.RequestTopic, out _, out var problem));
        Assert.StartsWith($"topic '{ValidTree.RequestTopic}' has a schema file, '{ValidTree.RequestPath}', that could not be loaded: ", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", problem, StringComparison.Ordinal);
    }
}
