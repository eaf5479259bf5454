using Omninode.Events;
using OnexSchemas.Messaging;

namespace OnexSchemas.Runtime;

/// <summary>
/// The schema-registry framing: a zero byte and the schema id in front of the envelope's JSON. The id is looked up
/// once per topic and cached; on read, an id is checked against the registry once and cached.
/// </summary>
public sealed class SchemaRegistryEventSerializer : IEventSerializer
{
    private readonly RegistrySchemaIds _ids;

    internal SchemaRegistryEventSerializer(RegistrySchemaIds ids) => _ids = ids;

    /// <inheritdoc />
    public EventWireFormat Format => EventWireFormat.SchemaRegistry;

    /// <inheritdoc />
    public ValueTask<byte[]> SerializeAsync<TPayload>(OnexEnvelope<TPayload> envelope, CancellationToken cancellationToken)
        where TPayload : IOnexEvent
    {
        var id = _ids.ForTopicAsync(TPayload.Topic, cancellationToken);
        return id.IsCompletedSuccessfully ? new(Frame(envelope, id.Result)) : SerializeAfterLookUpAsync(envelope, id);
    }

    /// <inheritdoc />
    public ValueTask<DeserializedEvent<TPayload>> DeserializeAsync<TPayload>(byte[] value, CancellationToken cancellationToken)
        where TPayload : IOnexEvent
    {
        if (!RegistryFraming.TryReadHeader(value, out var id))
        {
            throw new PoisonMessageException(
                DeadLetterErrorTypes.WrongFraming,
                value is { Length: > 0 } && value[0] == (byte)'{'
                    ? "the value is plain JSON, but this consumer reads the schema-registry framing (a zero byte and a 4-byte schema id first)"
                    : "the value does not start with a schema-registry frame (a zero byte and a 4-byte schema id)");
        }

        var known = _ids.IsKnownAsync(id, cancellationToken);
        return known.IsCompletedSuccessfully ? new(Read<TPayload>(value, id, known.Result)) : ReadAfterCheckAsync<TPayload>(value, id, known);
    }

    private static byte[] Frame<TPayload>(OnexEnvelope<TPayload> envelope, int id)
        where TPayload : IOnexEvent
    {
        var value = EventJson<TPayload>.Serialize(envelope, RegistryFraming.HeaderLength);
        RegistryFraming.WriteHeader(value, id);
        return value;
    }

    private static async ValueTask<byte[]> SerializeAfterLookUpAsync<TPayload>(OnexEnvelope<TPayload> envelope, ValueTask<int> id)
        where TPayload : IOnexEvent =>
        Frame(envelope, await id.ConfigureAwait(false));

    private static async ValueTask<DeserializedEvent<TPayload>> ReadAfterCheckAsync<TPayload>(byte[] value, int id, ValueTask<bool> known)
        where TPayload : IOnexEvent =>
        Read<TPayload>(value, id, await known.ConfigureAwait(false));

    private static DeserializedEvent<TPayload> Read<TPayload>(byte[] value, int id, bool known)
        where TPayload : IOnexEvent
    {
        if (!known)
        {
            throw new PoisonMessageException(DeadLetterErrorTypes.UnknownSchemaId, $"the schema id {id} in the frame is not registered") { SchemaId = id };
        }

        try
        {
            return new DeserializedEvent<TPayload>(EventJson<TPayload>.Deserialize(value.AsSpan(RegistryFraming.HeaderLength)), id);
        }
        catch (PoisonMessageException exception)
        {
            throw new PoisonMessageException(exception.ErrorType, exception.Message, exception.InnerException) { SchemaId = id };
        }
    }
}
