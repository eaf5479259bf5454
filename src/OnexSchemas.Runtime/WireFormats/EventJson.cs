using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>
/// The source-generated serializer metadata of one payload type's envelope, from its catalog descriptor: no
/// reflection, trim and AOT safe, unknown members and missing required members refused on read.
/// </summary>
internal static class EventJson<TPayload>
    where TPayload : IOnexEvent
{
    public static readonly JsonTypeInfo<OnexEnvelope<TPayload>> Envelope =
        OnexEventCatalog.Find<TPayload>()?.EnvelopeTypeInfo as JsonTypeInfo<OnexEnvelope<TPayload>>
        ?? throw new InvalidOperationException($"{typeof(TPayload).FullName} is not a payload type of the event catalog.");

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static byte[] Serialize(OnexEnvelope<TPayload> envelope, int prefix)
    {
        // One reused buffer and writer per thread, and one copy out: the frame's five bytes are reserved in front.
        var buffer = t_buffer ??= new System.Buffers.ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        if (prefix > 0)
        {
            buffer.GetSpan(prefix)[..prefix].Clear();
            buffer.Advance(prefix);
        }

        var writer = t_writer;
        if (writer is null)
        {
            writer = t_writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions);
        }
        else
        {
            writer.Reset(buffer);
        }

        JsonSerializer.Serialize(writer, envelope, Envelope);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Reads and validates an envelope. A value that is not JSON, that the types refuse, or that breaks the schema
    /// beyond the types (the generated <c>Validate()</c>, which also checks <c>event_type</c> and <c>version</c> against
    /// the payload type) is a <see cref="PoisonMessageException"/>: no retry can make it readable.
    /// </summary>
    public static OnexEnvelope<TPayload> Deserialize(ReadOnlySpan<byte> json)
    {
        OnexEnvelope<TPayload>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(json, Envelope);
        }
        catch (JsonException exception)
        {
            throw IsWellFormed(json)
                ? new PoisonMessageException(DeadLetterErrorTypes.SchemaViolation, "the value does not match " + TPayload.EventType + ": " + exception.Message, exception)
                : new PoisonMessageException(DeadLetterErrorTypes.InvalidJson, "the value is not well-formed JSON: " + exception.Message, exception);
        }

        if (envelope is null)
        {
            throw new PoisonMessageException(DeadLetterErrorTypes.SchemaViolation, "the value is JSON null, not an envelope");
        }

        var errors = envelope.Validate();
        if (errors.Count > 0)
        {
            throw new PoisonMessageException(
                DeadLetterErrorTypes.SchemaViolation,
                "the envelope breaks its schema: " + string.Join("; ", errors.Select(e => (e.Path.Length == 0 ? "/" : e.Path) + " " + e.Message)));
        }

        return envelope;
    }

    /// <summary>Only on the failure path: tells malformed JSON from well-formed JSON the types refused.</summary>
    private static bool IsWellFormed(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
