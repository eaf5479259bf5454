namespace OnexSchemas.Runtime;

/// <summary>How an envelope travels as a Kafka message value.</summary>
public enum EventWireFormat
{
    /// <summary>The envelope's JSON as UTF-8, nothing else: what any Kafka tool shows as text.</summary>
    Json,

    /// <summary>
    /// Confluent's schema-registry framing (which Redpanda's registry serves too): a zero byte, the 4-byte big-endian
    /// schema id of the topic's <c>{topic}-value</c> subject, then the envelope's JSON.
    /// </summary>
    SchemaRegistry,
}
