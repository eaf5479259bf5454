using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Options;
using Omninode.Events;
using OnexSchemas.Messaging;

namespace OnexSchemas.Runtime;

/// <summary>
/// The publisher: envelope, validation, the wire format, headers (<c>event_type</c>, <c>schema_version</c>,
/// <c>traceparent</c>) and a producer span, then the shared idempotent producer.
/// </summary>
internal sealed class KafkaEventPublisher : IEventPublisher
{
    private readonly ProducerHost _producer;
    private readonly IEventSerializer _serializer;
    private readonly OnexEventsOptions _options;
    private readonly OnexTelemetry _telemetry;
    private readonly TimeProvider _time;
    private readonly OnexEnvelopeSource _source;

    public KafkaEventPublisher(ProducerHost producer, IEventSerializer serializer, IOptions<OnexEventsOptions> options, OnexTelemetry telemetry, TimeProvider time)
    {
        _producer = producer;
        _serializer = serializer;
        _options = options.Value;
        _telemetry = telemetry;
        _time = time;
        _source = EnvelopeSource.From(_options);
    }

    /// <summary>This service as an envelope's <c>source</c>.</summary>
    public OnexEnvelopeSource Source => _source;

    public async Task<PublishedEvent> PublishAsync<TPayload>(TPayload payload, EventContext? context = null, CancellationToken cancellationToken = default)
        where TPayload : IOnexEvent
    {
        using var activity = StartActivity(TPayload.Topic);
        var envelope = OnexEnvelope.Create(payload, context, _source, Trace(activity), _time);
        var key = context?.Key ?? _options.Keys.For(envelope);
        Validate(envelope);
        return await SendAsync(envelope, key, activity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PublishedEvent> PublishAsync<TPayload>(OnexEnvelope<TPayload> envelope, string? key = null, CancellationToken cancellationToken = default)
        where TPayload : IOnexEvent
    {
        ArgumentNullException.ThrowIfNull(envelope);
        using var activity = StartActivity(TPayload.Topic);
        Validate(envelope);
        return await SendAsync(envelope, key ?? _options.Keys.For(envelope), activity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PublishedEvent>> PublishBatchAsync<TPayload>(IEnumerable<TPayload> payloads, EventContext? context = null, CancellationToken cancellationToken = default)
        where TPayload : IOnexEvent
    {
        ArgumentNullException.ThrowIfNull(payloads);
        using var activity = StartActivity(TPayload.Topic);
        var trace = Trace(activity);
        var envelopes = payloads.Select(payload => OnexEnvelope.Create(payload, context, _source, trace, _time)).ToList();
        foreach (var envelope in envelopes)
        {
            Validate(envelope);
        }

        // Each value is handed to the producer as soon as it is made, in payload order, so the producer's threads send
        // while the next one is serialized. The producer keeps the order of its calls per partition, and a value whose
        // serialization waits (the first schema-id lookup) is awaited before any later one is handed over.
        var sends = new List<Task<PublishedEvent>>(envelopes.Count);
        foreach (var envelope in envelopes)
        {
            var value = await _serializer.SerializeAsync(envelope, cancellationToken).ConfigureAwait(false);
            sends.Add(ProduceAsync(envelope, value, context?.Key ?? _options.Keys.For(envelope), activity, cancellationToken));
        }

        try
        {
            await Task.WhenAll(sends).ConfigureAwait(false);
        }
        catch (EventPublishException)
        {
            var failures = sends.Where(send => send.IsFaulted).Select(send => send.Exception!.InnerExceptions.OfType<EventPublishException>().First()).ToList();
            throw new EventPublishException(TPayload.Topic, failures, sends.Count);
        }

        return sends.Select(send => send.Result).ToList();
    }

    private void Validate<TPayload>(OnexEnvelope<TPayload> envelope)
        where TPayload : IOnexEvent
    {
        if (!_options.ValidateBeforePublish)
        {
            return;
        }

        var errors = envelope.Validate();
        if (errors.Count > 0)
        {
            throw new EventValidationException(TPayload.Topic, errors);
        }
    }

    private async Task<PublishedEvent> SendAsync<TPayload>(OnexEnvelope<TPayload> envelope, string? key, Activity? activity, CancellationToken cancellationToken)
        where TPayload : IOnexEvent
    {
        var value = await _serializer.SerializeAsync(envelope, cancellationToken).ConfigureAwait(false);
        return await ProduceAsync(envelope, value, key, activity, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PublishedEvent> ProduceAsync<TPayload>(OnexEnvelope<TPayload> envelope, byte[] value, string? key, Activity? activity, CancellationToken cancellationToken)
        where TPayload : IOnexEvent
    {
        var topic = TPayload.Topic;
        var headers = EnvelopeHeaders.For(envelope, Trace(activity, envelope));
        var message = new Message<byte[]?, byte[]> { Key = key is null ? null : Encoding.UTF8.GetBytes(key), Value = value, Headers = headers };
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await _producer.Producer.ProduceAsync(topic, message, cancellationToken).ConfigureAwait(false);
            _telemetry.Published.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", topic));
            _telemetry.PublishDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("messaging.destination.name", topic));
            activity?.SetTag("messaging.destination.partition.id", result.Partition.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            activity?.SetTag("messaging.kafka.offset", result.Offset.Value);
            return new PublishedEvent(topic, result.Partition.Value, result.Offset.Value, envelope.EventId, envelope.CorrelationId);
        }
        catch (ProduceException<byte[]?, byte[]> exception)
        {
            _telemetry.PublishFailed.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", topic));
            activity?.SetStatus(ActivityStatusCode.Error, exception.Error.Reason);
            throw new EventPublishException(topic, $"{exception.Error.Code}: {exception.Error.Reason}", exception) { ErrorCode = exception.Error.Code };
        }
        catch (KafkaException exception)
        {
            _telemetry.PublishFailed.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", topic));
            activity?.SetStatus(ActivityStatusCode.Error, exception.Error.Reason);
            throw new EventPublishException(topic, $"{exception.Error.Code}: {exception.Error.Reason}", exception) { ErrorCode = exception.Error.Code };
        }
    }

    private Activity? StartActivity(string topic)
    {
        var activity = _telemetry.Source.StartActivity(topic + " publish", ActivityKind.Producer);
        activity?.SetTag("messaging.system", "kafka");
        activity?.SetTag("messaging.operation.type", "send");
        activity?.SetTag("messaging.destination.name", topic);
        return activity;
    }

    private static TraceIds Trace(Activity? activity) =>
        activity is null ? TraceIds.Current() : new TraceIds(activity.TraceId, activity.SpanId, activity.ActivityTraceFlags);

    /// <summary>The publish span when there is one, else the envelope's own ids, so header and envelope always agree on the trace.</summary>
    private static TraceIds Trace<TPayload>(Activity? activity, OnexEnvelope<TPayload> envelope) =>
        activity is not null
            ? new TraceIds(activity.TraceId, activity.SpanId, activity.ActivityTraceFlags)
            : TraceIds.Of(envelope.Metadata);
}
