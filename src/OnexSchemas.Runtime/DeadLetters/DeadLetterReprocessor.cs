using System.Globalization;
using System.Text;
using Confluent.Kafka;
using OnexSchemas.Messaging;
using OnexSchemas.Naming;

namespace OnexSchemas.Runtime;

/// <summary>
/// Puts dead-lettered messages back on the topic they came from: the original key and value bytes, the original
/// headers, the <c>dlq.*</c> headers kept (so the message's history travels with it) and <c>dlq.reprocess_count</c>
/// raised by one. A dead-letter offset is committed (for <see cref="DefaultGroup"/>, or the group given) only after
/// the broker acknowledged the republished message, so a run that stops half-way neither loses nor repeats a
/// message. A run reads to the end the topic had when it started: a message failing again is left for the next run.
/// Under the command line's <c>dlq reprocess</c>.
/// </summary>
public sealed class DeadLetterReprocessor
{
    /// <summary>The consumer group whose offsets record what has been reprocessed, when no other is given.</summary>
    public const string DefaultGroup = "onex-schemas-dlq-reprocess";

    private readonly BusToolOptions _options;

    /// <summary>A reprocessor that reaches the bus as <paramref name="options"/> say.</summary>
    public DeadLetterReprocessor(BusToolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>
    /// Reprocesses up to <paramref name="limit"/> messages (all when <see langword="null"/>) of
    /// <paramref name="deadLetterTopic"/> not yet reprocessed by <paramref name="groupId"/>, telling each to
    /// <paramref name="reprocessed"/> once it is back on its topic. A dry run sends and commits nothing.
    /// </summary>
    public async Task<IReadOnlyList<ReprocessedMessage>> ReprocessAsync(string deadLetterTopic, int? limit, bool dryRun, Action<ReprocessedMessage>? reprocessed, CancellationToken cancellationToken, string groupId = DefaultGroup)
    {
        ArgumentException.ThrowIfNullOrEmpty(deadLetterTopic);
        ArgumentException.ThrowIfNullOrEmpty(groupId);
        if (!DeadLetterTopicName.TryGetOriginal(deadLetterTopic, out var expectedOriginal))
        {
            throw new BusToolException(BusToolFailure.Message, $"{deadLetterTopic} is not a dead-letter topic: its name does not end in '{DeadLetterTopicName.Suffix}'");
        }

        var done = new List<ReprocessedMessage>();
        if (limit is <= 0)
        {
            return done;
        }

        using var consumer = new ConsumerBuilder<byte[]?, byte[]>(_options.Consumer(groupId, AutoOffsetReset.Earliest)).SetLogHandler((_, _) => { }).Build();
        using var producer = dryRun ? null : new ProducerBuilder<byte[]?, byte[]>(_options.Producer()).SetLogHandler((_, _) => { }).Build();
        foreach (var message in DeadLetterReading.ToEnd(consumer, deadLetterTopic, partitions => Committed(consumer, deadLetterTopic, partitions), _options.RequestTimeout, cancellationToken))
        {
            var original = message.Header(MessageHeaders.DeadLetterOriginalTopic);
            if (original is null || !string.Equals(original, expectedOriginal, StringComparison.Ordinal))
            {
                // Nothing after it in its partition is committed either: the run stops here, and says why.
                throw new BusToolException(BusToolFailure.Message, original is null
                    ? $"{deadLetterTopic}[{message.Partition}]@{message.Offset} has no {MessageHeaders.DeadLetterOriginalTopic} header, so where it came from is unknown; it was not moved, nor anything after it"
                    : $"{deadLetterTopic}[{message.Partition}]@{message.Offset} says it came from {original}, not {expectedOriginal}; it was not moved, nor anything after it");
            }

            var count = int.TryParse(message.Header(MessageHeaders.ReprocessCount), NumberStyles.None, CultureInfo.InvariantCulture, out var before) ? before + 1 : 1;
            (int, long)? republished = null;
            if (producer is not null)
            {
                republished = await RepublishAsync(producer, original, message, count, cancellationToken).ConfigureAwait(false);
                Commit(consumer, message);
            }

            var item = new ReprocessedMessage(message, original, message.Header(MessageHeaders.DeadLetterErrorType), count, republished);
            done.Add(item);
            reprocessed?.Invoke(item);
            if (done.Count == limit)
            {
                break;
            }
        }

        consumer.Close();
        return done;
    }

    private Dictionary<int, Offset> Committed(IConsumer<byte[]?, byte[]> consumer, string topic, IReadOnlyList<TopicPartition> partitions)
    {
        try
        {
            return consumer.Committed(partitions, _options.RequestTimeout)
                .Where(offset => offset.Offset.Value >= 0)
                .ToDictionary(offset => offset.Partition.Value, offset => offset.Offset);
        }
        catch (KafkaException exception)
        {
            throw new BusToolException(BusToolFailure.Broker, $"the committed offsets of {topic} could not be read: {exception.Error.Reason}", exception);
        }
    }

    private static async Task<(int, long)> RepublishAsync(IProducer<byte[]?, byte[]> producer, string topic, BusMessage message, int count, CancellationToken cancellationToken)
    {
        var headers = new Headers();
        foreach (var (name, value) in message.Headers.Where(header => !string.Equals(header.Key, MessageHeaders.ReprocessCount, StringComparison.Ordinal)))
        {
            headers.Add(name, value);
        }

        headers.Add(MessageHeaders.ReprocessCount, Encoding.UTF8.GetBytes(count.ToString(CultureInfo.InvariantCulture)));
        try
        {
            var result = await producer.ProduceAsync(topic, new Message<byte[]?, byte[]> { Key = message.Key, Value = message.Value, Headers = headers }, cancellationToken).ConfigureAwait(false);
            return (result.Partition.Value, result.Offset.Value);
        }
        catch (ProduceException<byte[]?, byte[]> exception)
        {
            throw new BusToolException(BusToolFailure.Broker, $"{topic} did not take {message.Topic}[{message.Partition}]@{message.Offset} back: {exception.Error.Reason}; it stays in the dead-letter topic, uncommitted", exception);
        }
    }

    private static void Commit(IConsumer<byte[]?, byte[]> consumer, BusMessage message)
    {
        try
        {
            consumer.Commit([new TopicPartitionOffset(message.Topic, message.Partition, message.Offset + 1)]);
        }
        catch (KafkaException exception)
        {
            throw new BusToolException(BusToolFailure.Broker, $"{message.Topic}[{message.Partition}]@{message.Offset} is back on its topic, but its dead-letter offset could not be committed: {exception.Error.Reason}; the next run would move it again", exception);
        }
    }
}
