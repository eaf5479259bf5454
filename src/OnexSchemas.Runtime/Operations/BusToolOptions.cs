using Confluent.Kafka;
using OnexSchemas.Messaging;

namespace OnexSchemas.Runtime;

/// <summary>
/// How the operational tools (publishing a hand-written event, reading a topic, inspecting and reprocessing a
/// dead-letter topic) reach the bus. They are the library under the command line's <c>events</c> and <c>dlq</c>
/// commands, and a service's own admin endpoints can use them too.
/// </summary>
public sealed class BusToolOptions
{
    /// <summary>The Kafka bootstrap servers; by default <c>ONEX_BOOTSTRAP_SERVERS</c>, then <c>localhost:9092</c>.</summary>
    public string BootstrapServers { get; set; } = BusEnvironment.BootstrapServers(null);

    /// <summary>The Kafka client id, which brokers log; <c>onex-schemas</c> by default.</summary>
    public string ClientId { get; set; } = "onex-schemas";

    /// <summary>How long a broker request (metadata, watermarks, committed offsets) may take; 10 s by default.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Anything else of librdkafka's configuration, applied last to every client the tools make.</summary>
    public Action<ClientConfig>? Configure { get; set; }

    internal ProducerConfig Producer()
    {
        var config = new ProducerConfig
        {
            BootstrapServers = BootstrapServers,
            ClientId = ClientId,
            Acks = Acks.All,
            EnableIdempotence = true,
            MessageTimeoutMs = (int)Math.Max(RequestTimeout.TotalMilliseconds, 1000) * 3,
        };
        Configure?.Invoke(config);
        return config;
    }

    internal ConsumerConfig Consumer(string groupId, AutoOffsetReset from)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = BootstrapServers,
            ClientId = ClientId,
            GroupId = groupId,
            AutoOffsetReset = from,
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            EnablePartitionEof = true,
            IsolationLevel = IsolationLevel.ReadCommitted,
        };
        Configure?.Invoke(config);
        return config;
    }
}
