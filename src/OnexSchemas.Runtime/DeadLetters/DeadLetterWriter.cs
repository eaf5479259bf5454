using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OnexSchemas.Messaging;
using OnexSchemas.Naming;

namespace OnexSchemas.Runtime;

/// <summary>
/// Moves a message to <c>{topic}.dlq</c>: its key, value and headers exactly as they were, plus one <c>dlq.*</c>
/// header per field of the DLQ record. A write that fails is tried again until it succeeds or the partition is
/// abandoned, so a failed message is never dropped: until it is in the dead-letter topic it stays uncommitted.
/// </summary>
internal sealed class DeadLetterWriter
{
    private readonly ProducerHost _producer;
    private readonly OnexEventsOptions _options;
    private readonly OnexTelemetry _telemetry;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public DeadLetterWriter(ProducerHost producer, IOptions<OnexEventsOptions> options, OnexTelemetry telemetry, TimeProvider time, ILogger<DeadLetterWriter> logger)
    {
        _producer = producer;
        _options = options.Value;
        _telemetry = telemetry;
        _time = time;
        _logger = logger;
    }

    public async Task WriteAsync(ConsumeResult<byte[]?, byte[]> failed, string groupId, DeadLetterFailure failure, CancellationToken cancellationToken)
    {
        var topic = DeadLetterTopicName.For(failed.Topic);
        var message = new Message<byte[]?, byte[]>
        {
            Key = failed.Message.Key,
            Value = failed.Message.Value,
            Headers = Headers(failed, groupId, failure),
        };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _producer.Producer.ProduceAsync(topic, message, cancellationToken).ConfigureAwait(false);
                _telemetry.DeadLettered.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", failed.Topic), new KeyValuePair<string, object?>("error.type", failure.ErrorType));
                return;
            }
            catch (KafkaException exception) when (!cancellationToken.IsCancellationRequested)
            {
                var delay = _options.Retry.DelayBefore(attempt);
                _logger.LogError(exception, "Could not write {Topic}[{Partition}]@{Offset} to {DeadLetterTopic}; trying again in {Delay}", failed.Topic, failed.Partition.Value, failed.Offset.Value, topic, delay);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private Headers Headers(ConsumeResult<byte[]?, byte[]> failed, string groupId, DeadLetterFailure failure)
    {
        var headers = new Headers();
        if (failed.Message.Headers is { } original)
        {
            foreach (var header in original)
            {
                headers.Add(header.Key, header.GetValueBytes());
            }
        }

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                headers.Add(name, Encoding.UTF8.GetBytes(value));
            }
        }

        Add(MessageHeaders.DeadLetterOriginalTopic, failed.Topic);
        Add(MessageHeaders.DeadLetterOriginalPartition, failed.Partition.Value.ToString(CultureInfo.InvariantCulture));
        Add(MessageHeaders.DeadLetterOriginalOffset, failed.Offset.Value.ToString(CultureInfo.InvariantCulture));
        Add(MessageHeaders.DeadLetterOriginalEventId, failure.EventId?.ToString("D"));
        Add(MessageHeaders.DeadLetterErrorType, failure.ErrorType);
        Add(MessageHeaders.DeadLetterErrorMessage, failure.ErrorMessage);
        Add(MessageHeaders.DeadLetterErrorStackTrace, failure.StackTrace);
        Add(MessageHeaders.DeadLetterRetryCount, failure.RetryCount.ToString(CultureInfo.InvariantCulture));
        Add(MessageHeaders.DeadLetterFailedAt, Omninode.Events.OnexTimestampJsonConverter.Format(_time.GetUtcNow()));
        Add(MessageHeaders.DeadLetterConsumerGroup, groupId);
        Add(MessageHeaders.DeadLetterConsumerInstance, _options.InstanceId);
        Add(MessageHeaders.DeadLetterSchemaId, failure.SchemaId?.ToString(CultureInfo.InvariantCulture));
        return headers;
    }
}
