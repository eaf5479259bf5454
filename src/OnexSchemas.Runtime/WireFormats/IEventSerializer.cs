using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>
/// One wire format: envelope to message value and back. The plain JSON and the schema-registry framing are the two
/// there are; a later Avro format implements the same two methods.
/// </summary>
public interface IEventSerializer
{
    /// <summary>The format this serializer writes and reads.</summary>
    EventWireFormat Format { get; }

    /// <summary>The message value of <paramref name="envelope"/>.</summary>
    ValueTask<byte[]> SerializeAsync<TPayload>(OnexEnvelope<TPayload> envelope, CancellationToken cancellationToken)
        where TPayload : IOnexEvent;

    /// <summary>
    /// Reads a message value of <typeparamref name="TPayload"/>'s topic: a <see cref="PoisonMessageException"/> when
    /// it can never be read, a <see cref="TransientEventException"/> when it cannot be read for now.
    /// </summary>
    ValueTask<DeserializedEvent<TPayload>> DeserializeAsync<TPayload>(byte[] value, CancellationToken cancellationToken)
        where TPayload : IOnexEvent;
}
