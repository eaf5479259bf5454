using Confluent.Kafka;

namespace OnexSchemas.Runtime;

/// <summary>
/// Reads every partition of a topic from a start to the end it has when the reading begins: what is written after
/// (a reprocessed message failing again) is left for the next reading, so a reading always ends.
/// </summary>
internal static class DeadLetterReading
{
    /// <param name="consumer">A consumer with nothing assigned.</param>
    /// <param name="topic">The topic to read.</param>
    /// <param name="starts">Where to start, by partition number, given the topic's partitions; a partition left out starts at its beginning.</param>
    /// <param name="timeout">How long a broker request may take.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static IEnumerable<BusMessage> ToEnd(IConsumer<byte[]?, byte[]> consumer, string topic, Func<IReadOnlyList<TopicPartition>, IReadOnlyDictionary<int, Offset>> starts, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var ends = new Dictionary<int, long>();
        var assignment = new List<TopicPartitionOffset>();
        var partitions = TopicPartitions.Of(consumer, topic, timeout);
        var startAt = starts(partitions);
        foreach (var partition in partitions)
        {
            var marks = TopicPartitions.Watermarks(consumer, partition, timeout);
            var from = startAt.TryGetValue(partition.Partition.Value, out var offset) && offset.Value >= marks.Low.Value ? offset.Value : marks.Low.Value;
            if (from < marks.High.Value)
            {
                ends[partition.Partition.Value] = marks.High.Value;
                assignment.Add(new TopicPartitionOffset(partition, from));
            }
        }

        if (assignment.Count == 0)
        {
            yield break;
        }

        consumer.Assign(assignment);
        while (ends.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ConsumeResult<byte[]?, byte[]>? result;
            try
            {
                result = consumer.Consume(timeout);
            }
            catch (ConsumeException exception)
            {
                throw new BusToolException(BusToolFailure.Broker, $"reading {topic} failed: {exception.Error.Reason}", exception);
            }

            if (result is null)
            {
                throw new BusToolException(BusToolFailure.Broker, $"{topic} gave no message for {timeout.TotalSeconds:0} s before its end; is the broker up?");
            }

            if (!ends.TryGetValue(result.Partition.Value, out var end))
            {
                continue;
            }

            if (!result.IsPartitionEOF && result.Message is not null && result.Offset.Value < end)
            {
                yield return BusMessage.From(result);
            }

            if (result.IsPartitionEOF || result.Offset.Value + 1 >= end)
            {
                ends.Remove(result.Partition.Value);
            }
        }
    }
}
