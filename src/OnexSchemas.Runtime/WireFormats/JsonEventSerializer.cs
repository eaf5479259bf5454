using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>The plain JSON format: the value is the envelope's UTF-8 JSON.</summary>
public sealed class JsonEventSerializer : IEventSerializer
{
    /// <inheritdoc />
    public EventWireFormat Format => EventWireFormat.Json;

    /// <inheritdoc />
    public ValueTask<byte[]> SerializeAsync<TPayload>(OnexEnvelope<TPayload> envelope, CancellationToken cancellationToken)
        where TPayload : IOnexEvent =>
        ValueTask.FromResult(EventJson<TPayload>.Serialize(envelope, prefix: 0));

    /// <inheritdoc />
    public ValueTask<DeserializedEvent<TPayload>> DeserializeAsync<TPayload>(byte[] value, CancellationToken cancellationToken)
        where TPayload : IOnexEvent
    {
        if (value is null || value.Length == 0)
        {
            throw new PoisonMessageException(DeadLetterErrorTypes.InvalidJson, "the value is empty");
        }

        if (value[0] == OnexSchemas.Messaging.RegistryFraming.MagicByte)
        {
            // A zero byte is never the start of JSON text; say what it most likely is.
            throw new PoisonMessageException(DeadLetterErrorTypes.WrongFraming, "the value starts with a schema-registry frame, but this consumer reads plain JSON");
        }

        return ValueTask.FromResult(new DeserializedEvent<TPayload>(EventJson<TPayload>.Deserialize(value), null));
    }
}
