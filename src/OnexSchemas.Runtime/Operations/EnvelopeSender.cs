using System.Text.Json;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Omninode.Events;
using OnexSchemas.Messaging;

namespace OnexSchemas.Runtime;

/// <summary>
/// Publishes envelopes a tool built from the schema tree (<see cref="UntypedEnvelope"/>), with the same headers,
/// framing and producer guarantees as the typed publisher: idempotent, <c>acks=all</c>, the schema id of the topic's
/// <c>{topic}-value</c> subject in front when framed. Under the command line's <c>events publish</c>; the caller
/// validates before sending.
/// </summary>
public sealed class EnvelopeSender : IDisposable
{
    private readonly BusToolOptions _options;
    private readonly IProducer<byte[]?, byte[]> _producer;
    private readonly RegistrySchemaIds? _ids;

    /// <summary>A sender with its own producer; <paramref name="registry"/> is needed for the schema-registry framing only, and stays the caller's.</summary>
    public EnvelopeSender(BusToolOptions options, ISchemaRegistryClient? registry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _producer = new ProducerBuilder<byte[]?, byte[]>(options.Producer()).SetLogHandler((_, _) => { }).Build();
        _ids = registry is null ? null : new RegistrySchemaIds(registry);
    }

    /// <summary>Sends <paramref name="envelope"/> to <paramref name="topic"/> keyed by <paramref name="key"/> (by default its correlation id), and waits for the acknowledgement.</summary>
    public async Task<PublishedEvent> SendAsync(string topic, OnexEnvelope<JsonElement> envelope, string? key, EventWireFormat format, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(envelope);
        var json = UntypedEnvelope.Serialize(envelope);
        var value = format == EventWireFormat.SchemaRegistry ? await FrameAsync(topic, json, cancellationToken).ConfigureAwait(false) : json;
        var message = new Message<byte[]?, byte[]>
        {
            Key = System.Text.Encoding.UTF8.GetBytes(key ?? envelope.CorrelationId.ToString("D")),
            Value = value,
            Headers = EnvelopeHeaders.For(envelope, TraceIds.Of(envelope.Metadata)),
        };
        try
        {
            var result = await _producer.ProduceAsync(topic, message, cancellationToken).ConfigureAwait(false);
            return new PublishedEvent(topic, result.Partition.Value, result.Offset.Value, envelope.EventId, envelope.CorrelationId);
        }
        catch (ProduceException<byte[]?, byte[]> exception)
        {
            throw new BusToolException(BusToolFailure.Broker, $"{topic} did not take the event: {exception.Error.Code}: {exception.Error.Reason}", exception);
        }
    }

    /// <summary>Flushes what is queued and closes the producer.</summary>
    public void Dispose()
    {
        _producer.Flush(_options.RequestTimeout);
        _producer.Dispose();
    }

    private async Task<byte[]> FrameAsync(string topic, byte[] json, CancellationToken cancellationToken)
    {
        if (_ids is null)
        {
            throw new BusToolException(BusToolFailure.Registry, $"the schema-registry framing needs a schema registry ({BusEnvironment.RegistryUrlVariable})");
        }

        int id;
        try
        {
            id = await _ids.ForTopicAsync(topic, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is EventPublishException or TransientEventException)
        {
            throw new BusToolException(BusToolFailure.Registry, exception.Message, exception);
        }

        var framed = new byte[RegistryFraming.HeaderLength + json.Length];
        RegistryFraming.WriteHeader(framed, id);
        json.CopyTo(framed, RegistryFraming.HeaderLength);
        return framed;
    }
}
