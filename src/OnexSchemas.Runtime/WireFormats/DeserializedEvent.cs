using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>A message value read back: the validated envelope, and the schema id when the value was framed.</summary>
public readonly record struct DeserializedEvent<TPayload>(OnexEnvelope<TPayload> Envelope, int? SchemaId);
