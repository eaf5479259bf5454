using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>A consumed, validated event and where it came from.</summary>
public sealed class ConsumedEvent<TPayload>
    where TPayload : IOnexEvent
{
    internal ConsumedEvent(OnexEnvelope<TPayload> envelope, string topic, int partition, long offset, string? key, int attempt, string groupId, int? schemaId)
    {
        Envelope = envelope;
        Topic = topic;
        Partition = partition;
        Offset = offset;
        Key = key;
        Attempt = attempt;
        GroupId = groupId;
        SchemaId = schemaId;
    }

    /// <summary>The envelope.</summary>
    public OnexEnvelope<TPayload> Envelope { get; }

    /// <summary>The payload.</summary>
    public TPayload Payload => Envelope.Payload;

    /// <summary>The topic.</summary>
    public string Topic { get; }

    /// <summary>The partition.</summary>
    public int Partition { get; }

    /// <summary>The offset in the partition.</summary>
    public long Offset { get; }

    /// <summary>The message key as UTF-8 text, or null.</summary>
    public string? Key { get; }

    /// <summary>Which attempt this is: 1, then 2 for the first retry, and so on.</summary>
    public int Attempt { get; }

    /// <summary>The consumer group.</summary>
    public string GroupId { get; }

    /// <summary>The schema id of a value in the schema-registry framing; null in plain JSON.</summary>
    public int? SchemaId { get; }

    /// <summary>The context of an event published in reaction to this one (same flow, this event as cause).</summary>
    public EventContext Caused() => EventContext.CausedBy(Envelope);
}
