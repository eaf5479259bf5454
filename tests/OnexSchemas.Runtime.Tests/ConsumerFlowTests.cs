using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Omninode.Events.Codegen;
using OnexSchemas.Messaging;
using OnexSchemas.Naming;
using OnexSchemas.Registry.Tests;

namespace OnexSchemas.Runtime.Tests;

/// <summary>
/// Backpressure pauses a partition and not the consumer; a registry that is down is waited for, never a reason to
/// dead-letter; and the meter reports what happened.
/// </summary>
public sealed class ConsumerFlowTests(RegisteredRegistry registry) : IAsyncLifetime, IClassFixture<RegisteredRegistry>
{
    private readonly TestBus _bus = new();

    public Task InitializeAsync()
    {
        _bus.Topic<ValidateRequestV1>(partitions: 2);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _bus.DisposeAsync().AsTask();

    [Fact]
    public async Task A_full_partition_is_paused_while_the_other_partition_keeps_being_handled()
    {
        var gate = new Gate();
        var host = await _bus.StartHostAsync(
            events => events.AddHandler<ValidateRequestV1, GatedHandler>(),
            options => options.Consumer.MaxInFlightPerPartition = 4,
            services => services.AddSingleton(gate));
        await TestBus.WaitForAssignmentAsync(host);
        var consumer = Assert.Single(TestBus.Consumers(host));
        using (var producer = _bus.RawProducer())
        {
            for (var i = 0; i < 10; i++)
            {
                await producer.ProduceAsync(new TopicPartition(ValidateRequestV1.Topic, 0), Message("blocked " + i));
            }

            for (var i = 0; i < 5; i++)
            {
                await producer.ProduceAsync(new TopicPartition(ValidateRequestV1.Topic, 1), Message("free " + i));
            }
        }

        var recorder = host.Services.GetRequiredService<Recorder>();
        await recorder.WaitForAsync(handled => handled.Count(h => h.Partition == 1) == 5);
        await WaitUntil(() => consumer.Describe().Contains("v1[0] next 4 in flight 4 paused", StringComparison.Ordinal));

        // Partition 0 took only its bound of work and was paused; partition 1 was handled in full meanwhile.
        Assert.Equal(4, gate.Started.Count(content => content.StartsWith("blocked", StringComparison.Ordinal)));
        Assert.DoesNotContain(recorder.Handled, h => h.Partition == 0);

        gate.Open();
        await recorder.WaitForAsync(handled => handled.Count(h => h.Partition == 0) == 10);
        await WaitUntil(() => !consumer.Describe().Contains("paused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_registry_that_fails_for_a_while_is_waited_for_and_the_message_is_handled_not_dead_lettered()
    {
        await using var proxy = await FaultProxy.StartAsync(registry.Address);
        var host = await _bus.StartHostAsync(events => events.AddHandler<ValidateRequestV1, RecordingHandler>(), TestBus.RegistryFraming(proxy.Address.ToString().TrimEnd('/')));
        await TestBus.WaitForAssignmentAsync(host);
        using var client = new Confluent.SchemaRegistry.CachedSchemaRegistryClient(new Confluent.SchemaRegistry.SchemaRegistryConfig { Url = registry.Url });
        var id = (await client.GetLatestSchemaAsync(SubjectName.ForValue(ValidateRequestV1.Topic))).Id;
        var frame = new byte[RegistryFraming.HeaderLength];
        RegistryFraming.WriteHeader(frame, id);

        proxy.FailNext = 12;
        using (var producer = _bus.RawProducer())
        {
            await producer.ProduceAsync(ValidateRequestV1.Topic, new Message<byte[]?, byte[]> { Key = "k"u8.ToArray(), Value = [.. frame, .. Samples.JsonValue("through an outage")] });
        }

        await host.Services.GetRequiredService<Recorder>().WaitForAsync(handled => handled.Any(h => h.Content == "through an outage"), TimeSpan.FromSeconds(60));
        Assert.Equal(12, proxy.InjectedCount);
        Assert.Empty(_bus.ReadAll(DeadLetterTopicName.For(ValidateRequestV1.Topic), 1, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task The_meter_counts_published_consumed_failed_retried_and_dead_lettered_events_and_reports_in_flight_and_lag_per_partition()
    {
        var host = await _bus.StartHostAsync(
            events => events.AddHandler<ValidateRequestV1, FailingOnRequestHandler>(),
            options => options.Retry.MaxRetries = 1);
        var factory = host.Services.GetRequiredService<IMeterFactory>();
        var longs = new ConcurrentQueue<(string Name, long Value, Dictionary<string, object?> Tags)>();
        var durations = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                // Only this host's meter: other tests' hosts in this process have their own.
                if (instrument.Meter.Name == OnexTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            longs.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value))));
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) =>
        {
            if (instrument.Name == "onex.handler.duration")
            {
                Interlocked.Increment(ref durations);
            }
        });
        listener.Start();
        await TestBus.WaitForAssignmentAsync(host);

        var publisher = host.Services.GetRequiredService<IEventPublisher>();
        await publisher.PublishBatchAsync([Samples.Validate("good 1"), Samples.Validate("good 2"), Samples.Validate("fail")]);
        using (var producer = _bus.RawProducer())
        {
            await producer.ProduceAsync(ValidateRequestV1.Topic, new Message<byte[]?, byte[]> { Value = "{ not json"u8.ToArray() });
        }

        var dead = _bus.ReadAll(DeadLetterTopicName.For(ValidateRequestV1.Topic), 2);
        Assert.Equal(2, dead.Count);
        await Task.Delay(300);
        listener.RecordObservableInstruments();

        long Sum(string name) => longs.Where(m => m.Name == name).Sum(m => m.Value);
        Assert.Equal(3, Sum("onex.events.published"));
        Assert.Equal(2, Sum("onex.events.consumed"));
        Assert.Equal(2, Sum("onex.events.failed"));
        Assert.Equal(1, Sum("onex.events.retries"));
        Assert.Equal(
            ["InvalidJson", nameof(InvalidOperationException)],
            longs.Where(m => m.Name == "onex.events.dead_lettered").Select(m => (string)m.Tags["error.type"]!).Order(StringComparer.Ordinal));
        Assert.Equal(4, durations);
        foreach (var gauge in new[] { "onex.consumer.in_flight", "onex.consumer.lag" })
        {
            var partitions = longs.Where(m => m.Name == gauge).ToList();
            Assert.Equal([0, 1], partitions.Select(m => (int)m.Tags["messaging.destination.partition.id"]!).Order());
            Assert.All(partitions, m => Assert.Equal(0, m.Value));
        }
    }

    private static Message<byte[]?, byte[]> Message(string content) =>
        new() { Key = Encoding.UTF8.GetBytes(content), Value = Samples.JsonValue(content) };

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 30 s");
            await Task.Delay(20);
        }
    }

    private sealed class Gate
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<string> Started { get; } = new();

        public Task Opened => _open.Task;

        public void Open() => _open.TrySetResult();
    }

    /// <summary>Holds partition 0's messages until the gate opens; handles partition 1's at once.</summary>
    private sealed class GatedHandler(Gate gate, Recorder recorder) : IEventHandler<ValidateRequestV1>
    {
        public async Task HandleAsync(ConsumedEvent<ValidateRequestV1> message, CancellationToken cancellationToken)
        {
            gate.Started.Enqueue(message.Payload.CodeContent);
            if (message.Partition == 0)
            {
                await gate.Opened.WaitAsync(cancellationToken);
            }

            recorder.Record(new Handled(message.Topic, message.Partition, message.Offset, message.Key, message.Envelope.EventId, message.Payload.CodeContent, message.Attempt, DateTime.UtcNow));
        }
    }

    private sealed class FailingOnRequestHandler : IEventHandler<ValidateRequestV1>
    {
        public Task HandleAsync(ConsumedEvent<ValidateRequestV1> message, CancellationToken cancellationToken) =>
            message.Payload.CodeContent == "fail" ? throw new InvalidOperationException("fails") : Task.CompletedTask;
    }
}
