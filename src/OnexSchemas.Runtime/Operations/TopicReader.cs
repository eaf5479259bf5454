using Confluent.Kafka;

namespace OnexSchemas.Runtime;

/// <summary>
/// Reads a topic as a member of a consumer group, one message at a time, and commits only what the caller says it is
/// done with: a tool that stops half-way (Ctrl+C, a limit) leaves the rest for the next run. Under the command line's
/// <c>events consume</c>.
/// </summary>
public sealed class TopicReader : IDisposable
{
    private readonly IConsumer<byte[]?, byte[]> _consumer;

    private TopicReader(IConsumer<byte[]?, byte[]> consumer) => _consumer = consumer;

    /// <summary>Joins <paramref name="groupId"/> on <paramref name="topic"/>; a group with no committed offset starts at <paramref name="from"/>.</summary>
    public static TopicReader Open(BusToolOptions options, string topic, string groupId, AutoOffsetReset from)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentException.ThrowIfNullOrEmpty(groupId);
        var consumer = new ConsumerBuilder<byte[]?, byte[]>(options.Consumer(groupId, from)).SetLogHandler((_, _) => { }).Build();
        try
        {
            // A typo in the topic name would otherwise wait for ever on a topic nobody writes.
            TopicPartitions.Of(consumer, topic, options.RequestTimeout);
            consumer.Subscribe(topic);
            return new TopicReader(consumer);
        }
        catch
        {
            consumer.Dispose();
            throw;
        }
    }

    /// <summary>The next message, waiting for one; <see langword="null"/> once <paramref name="cancellationToken"/> is cancelled.</summary>
    public BusMessage? Next(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            ConsumeResult<byte[]?, byte[]>? result;
            try
            {
                result = _consumer.Consume(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
            catch (ConsumeException exception) when (!exception.Error.IsFatal)
            {
                throw new BusToolException(BusToolFailure.Broker, $"reading failed: {exception.Error.Reason}", exception);
            }

            if (result is { IsPartitionEOF: false, Message: not null })
            {
                return BusMessage.From(result);
            }
        }

        return null;
    }

    /// <summary>Commits <paramref name="message"/> and every message of its partition before it: the group goes on after it.</summary>
    public void Commit(BusMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            _consumer.Commit([new TopicPartitionOffset(message.Topic, message.Partition, message.Offset + 1)]);
        }
        catch (KafkaException exception)
        {
            throw new BusToolException(BusToolFailure.Broker, $"the offset of {message.Topic}[{message.Partition}]@{message.Offset} could not be committed: {exception.Error.Reason}", exception);
        }
    }

    /// <summary>Leaves the group and closes the consumer.</summary>
    public void Dispose()
    {
        try
        {
            _consumer.Close();
        }
        catch (KafkaException)
        {
            // Leaving a group the broker no longer knows; nothing is lost, the commits are made.
        }

        _consumer.Dispose();
    }
}
