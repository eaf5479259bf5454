namespace OnexSchemas.Config;

/// <summary>One topic the bus needs, with the settings to create it with.</summary>
/// <param name="Name">The topic.</param>
/// <param name="Partitions">Its partitions.</param>
/// <param name="ReplicationFactor">Its replication factor.</param>
/// <param name="RetentionMs">Its retention, in milliseconds.</param>
/// <param name="DeadLetterOf">For a dead-letter topic, the topic whose failures it holds; null otherwise.</param>
public sealed record PlannedTopic(string Name, int Partitions, int ReplicationFactor, long RetentionMs, string? DeadLetterOf)
{
    /// <summary>Whether this is a dead-letter topic (<c>{topic}.dlq</c>).</summary>
    public bool IsDeadLetter => DeadLetterOf is not null;
}
