namespace OnexSchemas.Runtime;

/// <summary>An event the brokers (or the registry, for its schema id) did not take; the message names the topic.</summary>
public sealed class EventPublishException : Exception
{
    /// <summary>Creates the exception for <paramref name="topic"/>.</summary>
    public EventPublishException(string topic, string reason, Exception? innerException = null)
        : base($"publishing to {topic} failed: {reason}", innerException)
    {
        Topic = topic;
        Reason = reason;
    }

    /// <summary>Creates the exception of a batch of which <paramref name="failures"/> were not taken.</summary>
    public EventPublishException(string topic, IReadOnlyList<EventPublishException> failures, int batchSize)
        : base($"publishing to {topic} failed for {failures.Count} of {batchSize} events: {failures[0].Reason}", failures[0])
    {
        Topic = topic;
        Reason = failures[0].Reason;
        Failures = failures;
    }

    /// <summary>The topic the event was for.</summary>
    public string Topic { get; }

    /// <summary>Why it was not taken, without the topic.</summary>
    public string Reason { get; }

    /// <summary>The Kafka error code, when the brokers gave one.</summary>
    public Confluent.Kafka.ErrorCode? ErrorCode { get; init; }

    /// <summary>For a batch, each event that failed; empty otherwise.</summary>
    public IReadOnlyList<EventPublishException> Failures { get; } = [];
}
