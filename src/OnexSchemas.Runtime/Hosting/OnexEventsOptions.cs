using Confluent.Kafka;
using OnexSchemas.Messaging;

namespace OnexSchemas.Runtime;

/// <summary>The runtime's options, set with <c>services.AddOnexEvents(options => ...)</c> and validated at start-up.</summary>
public sealed class OnexEventsOptions
{
    /// <summary>The publishing service's name in kebab-case (the envelope's <c>source.service</c>), for example <c>archon-intelligence</c>. Required.</summary>
    public string ServiceName { get; set; } = string.Empty;

    /// <summary>This process's id (<c>source.instance_id</c>, and the DLQ record's <c>consumer_instance</c>); by default the host name and process id.</summary>
    public string InstanceId { get; set; } = Environment.MachineName + "-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The host or container name (<c>source.hostname</c>); by default the machine name.</summary>
    public string Hostname { get; set; } = Environment.MachineName;

    /// <summary>The Kafka bootstrap servers; by default <c>ONEX_BOOTSTRAP_SERVERS</c>, then <c>localhost:9092</c>.</summary>
    public string BootstrapServers { get; set; } = BusEnvironment.BootstrapServers(null);

    /// <summary>How envelopes travel: plain JSON (the default) or in the schema-registry framing, which needs <see cref="RegistryUrl"/>.</summary>
    public EventWireFormat WireFormat { get; set; } = EventWireFormat.Json;

    /// <summary>The schema registry, for the schema-registry framing; by default <c>ONEX_REGISTRY_URL</c>.</summary>
    public string? RegistryUrl { get; set; } = Environment.GetEnvironmentVariable(BusEnvironment.RegistryUrlVariable);

    /// <summary>Whether the publisher runs the generated <c>Validate()</c> before sending (on by default); an invalid event is never sent.</summary>
    public bool ValidateBeforePublish { get; set; } = true;

    /// <summary>The producer.</summary>
    public OnexPublisherOptions Publisher { get; } = new();

    /// <summary>The consumers.</summary>
    public OnexConsumerOptions Consumer { get; } = new();

    /// <summary>Retries of a failing handler.</summary>
    public OnexRetryOptions Retry { get; } = new();

    /// <summary>Message keys by payload type; by default the correlation id.</summary>
    public EventKeys Keys { get; } = new();
}

/// <summary>The producer's settings.</summary>
public sealed class OnexPublisherOptions
{
    /// <summary>How many replicas must acknowledge a message; <see cref="Acks.All"/> by default.</summary>
    public Acks Acks { get; set; } = Acks.All;

    /// <summary>Whether the producer is idempotent (no duplicates or reordering from its own retries); on by default.</summary>
    public bool EnableIdempotence { get; set; } = true;

    /// <summary>
    /// How long the producer waits to fill a batch; 1 ms by default. It sets the floor of publish latency, and a
    /// request/response pays it on both legs: at 1,000 events/s the p95 is 1.5 ms with 1 ms and 6.4 ms with
    /// librdkafka's own 5 ms. A burst still fills batches while the previous ones are in flight.
    /// </summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(1);

    /// <summary>How long a message may take to be acknowledged, retries included, before it fails; 30 s by default.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Anything else of librdkafka's producer configuration, applied last.</summary>
    public Action<ProducerConfig>? Configure { get; set; }
}

/// <summary>The consumers' settings.</summary>
public sealed class OnexConsumerOptions
{
    /// <summary>The consumer group of handlers registered without one; by default the service name.</summary>
    public string? GroupId { get; set; }

    /// <summary>
    /// How many consumed messages of one partition may be unfinished at once (100 by default, the architecture
    /// document's backpressure). When a partition reaches it, that partition is paused, never the consumer.
    /// </summary>
    public int MaxInFlightPerPartition { get; set; } = 100;

    /// <summary>Where a group with no committed offset starts; earliest by default.</summary>
    public AutoOffsetReset AutoOffsetReset { get; set; } = AutoOffsetReset.Earliest;

    /// <summary>How often finished offsets are committed; 1 s by default (and always on revocation and shutdown).</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long in-flight work of revoked partitions may take to finish before they are released; 10 s by default.</summary>
    public TimeSpan RevocationDrainTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long in-flight work may take to finish on shutdown; 30 s by default.</summary>
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>librdkafka's <c>fetch.wait.max.ms</c>; 100 ms by default (tests against the embedded broker use 10 ms).</summary>
    public TimeSpan FetchWaitMax { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Anything else of librdkafka's consumer configuration, applied last.</summary>
    public Action<ConsumerConfig>? Configure { get; set; }
}

/// <summary>Retries of a failing handler: 3 retries after 1 s, 2 s and 4 s by default (the architecture document's DLQ strategy).</summary>
public sealed class OnexRetryOptions
{
    /// <summary>How many times a failing handler is called again before the message goes to the dead-letter topic.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The wait before the first retry.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>What each further wait is multiplied by.</summary>
    public double Multiplier { get; set; } = 2;

    /// <summary>The longest wait, also between attempts when infrastructure is down.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before retry <paramref name="retry"/> (1 for the first).</summary>
    public TimeSpan DelayBefore(int retry)
    {
        var ticks = InitialDelay.Ticks * Math.Pow(Multiplier, Math.Max(0, retry - 1));
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
