namespace OnexSchemas.Runtime;

/// <summary>What a <see cref="BusToolException"/> is about, so a command can answer with the right exit code.</summary>
public enum BusToolFailure
{
    /// <summary>The Kafka broker could not be reached, refused a request, or lacks a topic.</summary>
    Broker,

    /// <summary>The schema registry could not be reached or lacks the subject.</summary>
    Registry,

    /// <summary>A message the tool must not move as asked (for example a dead-lettered message without its origin).</summary>
    Message,
}
