using System.Text.Json;
using System.Text.Json.Serialization;
using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>
/// Envelopes whose payload is known only as JSON, for tools that take their topics from the schema tree rather than
/// from the compiled contracts (the command line's <c>events publish</c>). The members are filled exactly as
/// <see cref="OnexEnvelope.Create{TPayload}(TPayload, EventContext?, OnexEnvelopeSource, TimeProvider?)"/> fills them.
/// </summary>
public static class UntypedEnvelope
{
    /// <summary>An envelope of <paramref name="eventType"/> (the topic) at <paramref name="version"/> around <paramref name="payload"/>.</summary>
    public static OnexEnvelope<JsonElement> Create(JsonElement payload, string eventType, string version, EventContext? context, OnexEnvelopeSource source, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        ArgumentException.ThrowIfNullOrEmpty(version);
        return OnexEnvelope.Create(payload.Clone(), eventType, version, context, source, TraceIds.Current(), time ?? TimeProvider.System);
    }

    /// <summary>The envelope's JSON, as the plain JSON wire format carries it.</summary>
    public static byte[] Serialize(OnexEnvelope<JsonElement> envelope)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions))
        {
            JsonSerializer.Serialize(writer, envelope, UntypedEnvelopeJsonContext.Default.OnexEnvelopeJsonElement);
        }

        return buffer.WrittenSpan.ToArray();
    }
}

[JsonSerializable(typeof(OnexEnvelope<JsonElement>))]
// The contracts' own options (their JSON context is generated per tree, so they cannot be shared by reference).
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(OnexTimestampJsonConverter), typeof(OnexIntegerJsonConverter)])]
internal sealed partial class UntypedEnvelopeJsonContext : JsonSerializerContext;
