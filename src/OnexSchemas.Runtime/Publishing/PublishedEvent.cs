namespace OnexSchemas.Runtime;

/// <summary>Where an acknowledged event landed.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Partition">The partition.</param>
/// <param name="Offset">The offset in the partition.</param>
/// <param name="EventId">The envelope's <c>event_id</c>.</param>
/// <param name="CorrelationId">The envelope's <c>correlation_id</c>.</param>
public sealed record PublishedEvent(string Topic, int Partition, long Offset, Guid EventId, Guid CorrelationId);
