using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Config;

/// <summary>
/// The topics a tree needs on the broker: each topic with its settings from the tree config, and its dead-letter
/// topic, <c>{topic}.dlq</c>. A dead-letter topic gets its topic's partitions, replication and retention, so a
/// failed message keeps its partition number and stays as long as the messages it failed with.
/// </summary>
public static class TopicPlan
{
    /// <summary>The topics, each followed by its dead-letter topic, in topic order.</summary>
    public static IReadOnlyList<PlannedTopic> For(SchemaTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var planned = new List<PlannedTopic>();
        foreach (var topic in tree.Topics.OrderBy(topic => topic.Name.Value, StringComparer.Ordinal))
        {
            var settings = topic.Settings;
            planned.Add(new PlannedTopic(topic.Name.Value, settings.Partitions, settings.ReplicationFactor, settings.RetentionMs, null));
            planned.Add(new PlannedTopic(DeadLetterTopicName.For(topic.Name.Value), settings.Partitions, settings.ReplicationFactor, settings.RetentionMs, topic.Name.Value));
        }

        return planned;
    }
}
