using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Omninode.Events.Codegen;
using OnexSchemas.Messaging;
using OnexSchemas.Runtime;
using OnexSchemas.Testing.Kafka;

namespace OnexSchemas.Benchmarks.Runtime;

/// <summary>
/// Typed publish throughput beside a raw Confluent.Kafka producer sending the same bytes with the same headers, both
/// idempotent with acks=all and a 5 ms linger, to the same embedded broker: 1,000 events per operation. The typed
/// side makes each envelope, validates it and serializes it; the raw side sends bytes made beforehand, and, as a second
/// comparison, makes and serializes each envelope by hand at send time as a team without the runtime would.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class PublishThroughputBenchmarks
{
    private const int Events = 1000;
    private EmbeddedKafkaCluster _cluster = null!;
    private Microsoft.Extensions.Hosting.IHost _host = null!;
    private IEventPublisher _publisher = null!;
    private IProducer<byte[]?, byte[]> _raw = null!;
    private List<ValidateRequestV1> _payloads = null!;
    private List<Message<byte[]?, byte[]>> _messages = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cluster = EmbeddedKafkaCluster.Start();
        _cluster.CreateTopic(ValidateRequestV1.Topic, partitions: 3);
        // The raw producer's 5 ms linger, so that both sides batch alike (the runtime's default is 1 ms, for latency).
        _host = BenchmarkBus.StartHostAsync(_cluster.BootstrapServers, options => options.Publisher.Linger = TimeSpan.FromMilliseconds(5)).GetAwaiter().GetResult();
        _publisher = _host.Services.GetRequiredService<IEventPublisher>();
        _raw = new ProducerBuilder<byte[]?, byte[]>(new ProducerConfig
        {
            BootstrapServers = _cluster.BootstrapServers,
            Acks = Acks.All,
            EnableIdempotence = true,
            LingerMs = 5,
        }).Build();
        _payloads = Enumerable.Range(0, Events).Select(BenchmarkBus.Payload).ToList();
        var serializer = new JsonEventSerializer();
        _messages = _payloads.Select(payload =>
        {
            var envelope = OnexSchemas.Runtime.OnexEnvelope.Create(payload, null, BenchmarkBus.Source);
            return new Message<byte[]?, byte[]>
            {
                Key = Encoding.UTF8.GetBytes(envelope.CorrelationId.ToString("D")),
                Value = serializer.SerializeAsync(envelope, default).AsTask().GetAwaiter().GetResult(),
                Headers = new Headers
                {
                    { MessageHeaders.EventType, Encoding.UTF8.GetBytes(envelope.EventType) },
                    { MessageHeaders.SchemaVersion, Encoding.UTF8.GetBytes(envelope.Version) },
                    { MessageHeaders.TraceParent, Encoding.UTF8.GetBytes("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00") },
                },
            };
        }).ToList();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
        _cluster.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public Task Raw_producer_same_bytes() => Task.WhenAll(_messages.Select(message => _raw.ProduceAsync(ValidateRequestV1.Topic, message)));

    /// <summary>What a team writes by hand without the runtime: each envelope made and serialized with System.Text.Json at send time, then produced (no validation).</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public Task Raw_producer_serializing_by_hand() => Task.WhenAll(_payloads.Select(payload =>
    {
        var envelope = OnexSchemas.Runtime.OnexEnvelope.Create(payload, null, BenchmarkBus.Source);
        return _raw.ProduceAsync(ValidateRequestV1.Topic, new Message<byte[]?, byte[]>
        {
            Key = Encoding.UTF8.GetBytes(envelope.CorrelationId.ToString("D")),
            Value = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(envelope, Omninode.Events.OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1),
            Headers = new Headers
            {
                { MessageHeaders.EventType, Encoding.UTF8.GetBytes(envelope.EventType) },
                { MessageHeaders.SchemaVersion, Encoding.UTF8.GetBytes(envelope.Version) },
            },
        });
    }));

    [Benchmark(OperationsPerInvoke = Events)]
    public Task Typed_publish_batch() => _publisher.PublishBatchAsync(_payloads);

    [Benchmark(OperationsPerInvoke = Events)]
    public Task Typed_publish_one_by_one_concurrently() => Task.WhenAll(_payloads.Select(payload => _publisher.PublishAsync(payload)));
}
