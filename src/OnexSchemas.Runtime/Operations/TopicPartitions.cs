using Confluent.Kafka;

namespace OnexSchemas.Runtime;

/// <summary>The partitions of a topic and their current ends, asked of the broker: what a reader that must stop at "now" needs.</summary>
internal static class TopicPartitions
{
    public static IReadOnlyList<TopicPartition> Of(IConsumer<byte[]?, byte[]> consumer, string topic, TimeSpan timeout)
    {
        using var admin = new DependentAdminClientBuilder(consumer.Handle).Build();
        Metadata metadata;
        try
        {
            metadata = admin.GetMetadata(topic, timeout);
        }
        catch (KafkaException exception)
        {
            throw new BusToolException(BusToolFailure.Broker, $"the broker could not be asked for the topic {topic}: {exception.Error.Reason}", exception);
        }

        var found = metadata.Topics.SingleOrDefault(candidate => candidate.Topic == topic);
        if (found is null || found.Error.Code == ErrorCode.UnknownTopicOrPart || found.Partitions.Count == 0)
        {
            throw new BusToolException(BusToolFailure.Broker, $"the topic {topic} does not exist on {string.Join(",", metadata.Brokers.Select(broker => broker.Host + ":" + broker.Port))}");
        }

        if (found.Error.IsError)
        {
            throw new BusToolException(BusToolFailure.Broker, $"the broker refused the topic {topic}: {found.Error.Reason}");
        }

        return found.Partitions.Select(partition => new TopicPartition(topic, partition.PartitionId)).OrderBy(partition => partition.Partition.Value).ToList();
    }

    public static WatermarkOffsets Watermarks(IConsumer<byte[]?, byte[]> consumer, TopicPartition partition, TimeSpan timeout)
    {
        try
        {
            return consumer.QueryWatermarkOffsets(partition, timeout);
        }
        catch (KafkaException exception)
        {
            throw new BusToolException(BusToolFailure.Broker, $"the broker could not be asked for the end of {partition.Topic}[{partition.Partition.Value}]: {exception.Error.Reason}", exception);
        }
    }
}
