using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Omninode.Events.Codegen;
using OnexSchemas.Naming;
using OnexSchemas.Testing.Kafka;
using Xunit.Abstractions;

namespace OnexSchemas.Runtime.Tests;

/// <summary>The idempotent, acks=all publisher through broker failures: every acknowledged event is there.</summary>
public sealed class BrokerFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestBus _bus = new(brokers: 3);

    public Task InitializeAsync()
    {
        _bus.Cluster.CreateTopic(ValidateRequestV1.Topic, partitions: 3, replicationFactor: 3);
        _bus.Cluster.CreateTopic(DeadLetterTopicName.For(ValidateRequestV1.Topic), partitions: 3, replicationFactor: 3);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _bus.DisposeAsync().AsTask();

    [Fact]
    public async Task Twenty_thousand_events_published_through_a_broker_down_and_up_and_injected_produce_errors_are_all_there()
    {
        const int Total = 20_000;
        var host = await _bus.StartHostAsync();
        var publisher = host.Services.GetRequiredService<IEventPublisher>();
        var published = new List<PublishedEvent>();
        var brokerBack = Task.CompletedTask;
        for (var batch = 0; batch < Total / 500; batch++)
        {
            switch (batch)
            {
                case 5:
                    _bus.Cluster.PushRequestErrors(KafkaApiKey.Produce, ErrorCode.NotLeaderForPartition, ErrorCode.RequestTimedOut, ErrorCode.NotEnoughReplicas, ErrorCode.LeaderNotAvailable);
                    break;
                case 12:
                    // Down while batches wait for it, up again well within the delivery timeout.
                    _bus.Cluster.SetBrokerDown(2);
                    brokerBack = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ => _bus.Cluster.SetBrokerUp(2), TaskScheduler.Default);
                    break;
                case 28:
                    _bus.Cluster.PushRequestErrors(KafkaApiKey.Produce, ErrorCode.NotEnoughReplicasAfterAppend, ErrorCode.RequestTimedOut);
                    break;
            }

            published.AddRange(await publisher.PublishBatchAsync(Enumerable.Range(batch * 500, 500).Select(i => Samples.Validate("event " + i))));
        }

        await brokerBack;
        Assert.Equal(Total, published.Count);
        var read = _bus.ReadAll(ValidateRequestV1.Topic, Total, TimeSpan.FromMinutes(2));
        var ids = read.Select(r => System.Text.Json.JsonDocument.Parse(r.Message.Value).RootElement.GetProperty("event_id").GetGuid()).ToList();
        Assert.Empty(published.Select(p => p.EventId).Except(ids));
        output.WriteLine($"{Total} published and acknowledged, {ids.Distinct().Count()} distinct read back, {ids.Count - ids.Distinct().Count()} duplicates");
    }
}
