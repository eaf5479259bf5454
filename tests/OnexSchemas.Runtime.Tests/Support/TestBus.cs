using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omninode.Events;
using OnexSchemas.Naming;
using OnexSchemas.Testing.Kafka;

namespace OnexSchemas.Runtime.Tests;

/// <summary>
/// An embedded broker for one test, with hosts of the runtime on it. Each test gets its own cluster, so the topics
/// (which the payload types name) and the groups are the test's own.
/// </summary>
internal sealed class TestBus : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];

    public TestBus(int brokers = 1) => Cluster = EmbeddedKafkaCluster.Start(brokers);

    public EmbeddedKafkaCluster Cluster { get; }

    public string GroupId { get; } = "group-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Creates <typeparamref name="TPayload"/>'s topic and its dead-letter topic.</summary>
    public TestBus Topic<TPayload>(int partitions = 3)
        where TPayload : IOnexEvent
    {
        Cluster.CreateTopic(TPayload.Topic, partitions);
        Cluster.CreateTopic(DeadLetterTopicName.For(TPayload.Topic), partitions);
        return this;
    }

    /// <summary>Options fast enough for tests: 10 ms fetch waits, 100 ms commits, retries after 20 ms.</summary>
    public void Defaults(OnexEventsOptions options)
    {
        options.ServiceName = "runtime-tests";
        options.BootstrapServers = Cluster.BootstrapServers;
        options.Consumer.GroupId = GroupId;
        options.Consumer.FetchWaitMax = TimeSpan.FromMilliseconds(10);
        options.Consumer.CommitInterval = TimeSpan.FromMilliseconds(100);
        options.Retry.InitialDelay = TimeSpan.FromMilliseconds(20);
        options.Publisher.Linger = TimeSpan.FromMilliseconds(1);
        options.Consumer.Configure = config =>
        {
            config.HeartbeatIntervalMs = 100;
            config.SessionTimeoutMs = 1000;
        };
    }

    /// <summary>Options for the schema-registry framing against <paramref name="registryUrl"/>.</summary>
    public static Action<OnexEventsOptions> RegistryFraming(string registryUrl) => options =>
    {
        options.WireFormat = EventWireFormat.SchemaRegistry;
        options.RegistryUrl = registryUrl;
    };

    /// <summary>Starts a host with the runtime; <paramref name="configure"/> adds handlers and singletons.</summary>
    public async Task<IHost> StartHostAsync(Action<OnexEventsBuilder>? configure = null, Action<OnexEventsOptions>? options = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (Environment.GetEnvironmentVariable("ONEX_TEST_LOG") is { Length: > 0 } log)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            builder.Logging.AddProvider(new FileLoggerProvider(log));
            if (Environment.GetEnvironmentVariable("ONEX_TEST_KAFKA_DEBUG") is { Length: > 0 } debug)
            {
                options += o => o.Consumer.Configure += c => c.Debug = debug;
            }
        }
        builder.Services.AddSingleton<Recorder>();
        services?.Invoke(builder.Services);
        var events = builder.Services.AddOnexEvents(o =>
        {
            Defaults(o);
            options?.Invoke(o);
        });
        configure?.Invoke(events);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        _hosts.Add(host);
        return host;
    }

    /// <summary>Waits until every group consumer of <paramref name="host"/> owns partitions.</summary>
    public static async Task WaitForAssignmentAsync(IHost host)
    {
        foreach (var consumer in Consumers(host))
        {
            await consumer.FirstAssignment.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public static IReadOnlyList<GroupConsumer> Consumers(IHost host) =>
        host.Services.GetServices<IHostedService>().OfType<OnexConsumersHostedService>().SingleOrDefault()?.Consumers ?? [];

    /// <summary>A plain Confluent.Kafka producer of raw bytes, as another service or tool would write.</summary>
    public IProducer<byte[]?, byte[]> RawProducer() =>
        new ProducerBuilder<byte[]?, byte[]>(new ProducerConfig { BootstrapServers = Cluster.BootstrapServers, LingerMs = 1 }).Build();

    /// <summary>Reads every message of <paramref name="topic"/> until <paramref name="count"/> arrived.</summary>
    public List<ConsumeResult<byte[]?, byte[]>> ReadAll(string topic, int count, TimeSpan? timeout = null)
    {
        using var consumer = new ConsumerBuilder<byte[]?, byte[]>(new ConsumerConfig
        {
            BootstrapServers = Cluster.BootstrapServers,
            GroupId = "reader-" + Guid.NewGuid().ToString("N"),
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            FetchWaitMaxMs = 10,
        }).Build();
        consumer.Subscribe(topic);
        var read = new List<ConsumeResult<byte[]?, byte[]>>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (read.Count < count && DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is { IsPartitionEOF: false } result)
            {
                read.Add(result);
            }
        }

        consumer.Close();
        return read;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            try
            {
                await host.StopAsync(TimeSpan.FromSeconds(30));
            }
            finally
            {
                host.Dispose();
            }
        }

        Cluster.Dispose();
    }
}
