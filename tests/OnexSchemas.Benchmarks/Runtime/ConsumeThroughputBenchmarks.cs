using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Omninode.Events.Codegen;
using OnexSchemas.Runtime;
using OnexSchemas.Testing.Kafka;

namespace OnexSchemas.Benchmarks.Runtime;

/// <summary>
/// Consume-and-handle throughput with a handler that takes 5 ms: 1,000 events over 3 partitions with 100 keys. The
/// runtime's key-ordered consumer beside per-partition sequential handling (the usual choice: one message of a
/// partition at a time) with a plain Confluent.Kafka consumer on the same partitions. Each operation is a new group
/// reading the same 1,000 events from the start, join included.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ConsumeThroughputBenchmarks
{
    private const int Events = 1000;
    private static readonly TimeSpan HandlerTime = TimeSpan.FromMilliseconds(5);
    private EmbeddedKafkaCluster _cluster = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cluster = EmbeddedKafkaCluster.Start();
        _cluster.CreateTopic(ValidateRequestV1.Topic, partitions: 3);
        _cluster.CreateTopic(ValidateRequestV1.Topic + ".dlq", partitions: 3);
        using var producer = new ProducerBuilder<byte[]?, byte[]>(new ProducerConfig { BootstrapServers = _cluster.BootstrapServers, LingerMs = 5 }).Build();
        var serializer = new JsonEventSerializer();
        var sends = Enumerable.Range(0, Events).Select(i => producer.ProduceAsync(ValidateRequestV1.Topic, new Message<byte[]?, byte[]>
        {
            Key = Encoding.UTF8.GetBytes("key-" + (i % 100)),
            Value = serializer.SerializeAsync(BenchmarkBus.Envelope(i), default).AsTask().GetAwaiter().GetResult(),
        }));
        Task.WhenAll(sends).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster.Dispose();

    [Benchmark(Baseline = true)]
    public async Task Per_partition_sequential()
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = _cluster.BootstrapServers,
            GroupId = "sequential-" + Guid.NewGuid().ToString("N"),
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = true,
            FetchWaitMaxMs = 10,
        };
        using var consumer = new ConsumerBuilder<byte[]?, byte[]>(config).Build();
        consumer.Subscribe(ValidateRequestV1.Topic);
        var serializer = new JsonEventSerializer();
        for (var handled = 0; handled < Events;)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is { IsPartitionEOF: false } result)
            {
                // The usual loop: read, handle, then the next message; one partition's messages one at a time.
                await serializer.DeserializeAsync<ValidateRequestV1>(result.Message.Value, default);
                await Task.Delay(HandlerTime);
                handled++;
            }
        }

        consumer.Close();
    }

    [Benchmark]
    public async Task Key_ordered_runtime()
    {
        var counter = new HandledCounter(Events);
        using var host = await BenchmarkBus.StartHostAsync(
            _cluster.BootstrapServers,
            options =>
            {
                options.Consumer.GroupId = "key-ordered-" + Guid.NewGuid().ToString("N");
                options.Consumer.FetchWaitMax = TimeSpan.FromMilliseconds(10);
            },
            events => events.AddHandler<ValidateRequestV1, SlowHandler>(),
            services => services.AddSingleton(counter));
        await counter.Done.Task;
        await host.StopAsync();
    }

    private sealed class HandledCounter(int total)
    {
        private int _handled;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void One()
        {
            if (Interlocked.Increment(ref _handled) == total)
            {
                Done.TrySetResult();
            }
        }
    }

    private sealed class SlowHandler(HandledCounter counter) : IEventHandler<ValidateRequestV1>
    {
        public async Task HandleAsync(ConsumedEvent<ValidateRequestV1> message, CancellationToken cancellationToken)
        {
            await Task.Delay(HandlerTime, cancellationToken);
            counter.One();
        }
    }
}
