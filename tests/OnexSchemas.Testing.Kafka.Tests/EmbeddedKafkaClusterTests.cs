using Confluent.Kafka;

namespace OnexSchemas.Testing.Kafka.Tests;

/// <summary>
/// The embedded broker with the real Confluent.Kafka clients over TCP on loopback: produce and consume, partitions,
/// consumer groups, a broker taken down and up, and injected request errors.
/// </summary>
public sealed class EmbeddedKafkaClusterTests : IDisposable
{
    private readonly EmbeddedKafkaCluster _cluster = EmbeddedKafkaCluster.Start(brokers: 3);

    public void Dispose() => _cluster.Dispose();

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}";

    [Fact]
    public void It_listens_on_loopback_in_the_librdkafka_Confluent_Kafka_loaded()
    {
        Assert.All(_cluster.BootstrapServers.Split(','), address => Assert.StartsWith("127.0.0.1:", address, StringComparison.Ordinal));
        Assert.Equal(3, _cluster.BootstrapServers.Split(',').Length);
        Assert.Contains("librdkafka", Path.GetFileName(EmbeddedKafkaCluster.LibraryPath), StringComparison.Ordinal);
        Assert.True(File.Exists(EmbeddedKafkaCluster.LibraryPath));
    }

    [Fact]
    public void What_a_producer_writes_a_consumer_group_reads_in_order_per_partition()
    {
        var topic = Unique("omninode.test.event.round_trip.v1");
        _cluster.CreateTopic(topic, partitions: 3);
        using (var producer = new ProducerBuilder<string, string>(ProducerConfig()).Build())
        {
            for (var index = 0; index < 300; index++)
            {
                producer.Produce(topic, new Message<string, string> { Key = $"key-{index % 7}", Value = $"{index}" });
            }

            Assert.Equal(0, producer.Flush(TimeSpan.FromSeconds(30)));
        }

        var seen = Consume(topic, Unique("group"), 300);

        Assert.Equal(300, seen.Count);
        foreach (var key in seen.GroupBy(message => message.Key))
        {
            var values = key.Select(message => int.Parse(message.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(values.Order(), values);
        }

        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = _cluster.BootstrapServers }).Build();
        Assert.Equal(3, admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions.Count);
    }

    [Fact]
    public void An_idempotent_producer_rides_out_injected_produce_errors_and_a_broker_down_and_up()
    {
        var topic = Unique("omninode.test.event.faults.v1");
        _cluster.CreateTopic(topic, partitions: 1);
        _cluster.PushRequestErrors(KafkaApiKey.Produce, ErrorCode.NotLeaderForPartition, ErrorCode.RequestTimedOut, ErrorCode.NotEnoughReplicas);
        var delivered = 0;
        using (var producer = new ProducerBuilder<string, string>(ProducerConfig()).Build())
        {
            for (var index = 0; index < 100; index++)
            {
                producer.Produce(topic, new Message<string, string> { Key = "k", Value = $"{index}" }, report =>
                {
                    if (report.Error.Code == ErrorCode.NoError)
                    {
                        Interlocked.Increment(ref delivered);
                    }
                });
                if (index == 50)
                {
                    for (var broker = 1; broker <= _cluster.Brokers; broker++)
                    {
                        _cluster.SetBrokerDown(broker);
                    }

                    Thread.Sleep(200);
                    for (var broker = 1; broker <= _cluster.Brokers; broker++)
                    {
                        _cluster.SetBrokerUp(broker);
                    }
                }
            }

            Assert.Equal(0, producer.Flush(TimeSpan.FromSeconds(60)));
        }

        Assert.Equal(100, delivered);
        var values = Consume(topic, Unique("group"), 100).Select(message => message.Value).ToList();
        Assert.Equal(Enumerable.Range(0, 100).Select(index => $"{index}"), values.Distinct());
    }

    [Fact]
    public void Operations_on_a_disposed_cluster_say_so()
    {
        var cluster = EmbeddedKafkaCluster.Start();
        cluster.Dispose();
        cluster.Dispose();

        Assert.Throws<ObjectDisposedException>(() => cluster.CreateTopic("omninode.test.event.late.v1"));
    }

    private ProducerConfig ProducerConfig() => new()
    {
        BootstrapServers = _cluster.BootstrapServers,
        EnableIdempotence = true,
        Acks = Acks.All,
        LingerMs = 5,
    };

    private List<(string Key, string Value)> Consume(string topic, string group, int count)
    {
        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = _cluster.BootstrapServers,
            GroupId = group,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            FetchWaitMaxMs = 10,
            PartitionAssignmentStrategy = PartitionAssignmentStrategy.CooperativeSticky,
        }).Build();
        consumer.Subscribe(topic);
        var seen = new List<(string, string)>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (seen.Count < count && DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is { } result)
            {
                seen.Add((result.Message.Key, result.Message.Value));
            }
        }

        consumer.Close();
        return seen;
    }
}
