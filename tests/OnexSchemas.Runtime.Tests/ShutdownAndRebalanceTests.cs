using System.Collections.Concurrent;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Omninode.Events.Codegen;
using Xunit.Abstractions;

namespace OnexSchemas.Runtime.Tests;

/// <summary>At-least-once across shutdowns and rebalances: nothing lost, nothing committed past unfinished work or for a partition not owned.</summary>
public sealed class ShutdownAndRebalanceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestBus _bus = new();

    public Task InitializeAsync()
    {
        _bus.Topic<ValidateRequestV1>(partitions: 6);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _bus.DisposeAsync().AsTask();

    [Fact]
    public async Task Graceful_shutdown_drains_and_commits_what_was_handled_so_the_next_consumer_starts_after_it()
    {
        var recorder = new Recorder();
        var first = await _bus.StartHostAsync(events => events.AddHandler<ValidateRequestV1, SlowHandler>(), services: s => s.AddSingleton(recorder));
        await TestBus.WaitForAssignmentAsync(first);
        // One key: one lane, handled one at a time, so the shutdown finds most of the stream still to come.
        await first.Services.GetRequiredService<IEventPublisher>().PublishBatchAsync(Enumerable.Range(0, 300).Select(i => Samples.Validate("event " + i)), new EventContext { Key = "one" });
        await recorder.WaitForAsync(handled => handled.Count >= 20);

        await first.StopAsync();
        var handledByFirst = recorder.Handled.Count;
        Assert.True(handledByFirst < 300, "the shutdown came before the end of the stream");

        var second = await _bus.StartHostAsync(events => events.AddHandler<ValidateRequestV1, SlowHandler>(), services: s => s.AddSingleton(recorder));
        await recorder.WaitForAsync(handled => handled.Select(h => h.EventId).Distinct().Count() == 300, TimeSpan.FromSeconds(60));
        await Task.Delay(300);

        // Every message the first consumer finished was committed: the second handled none of them again.
        Assert.Equal(300, recorder.Handled.Count);
        output.WriteLine($"first consumer handled {handledByFirst}, the second {300 - handledByFirst}, none twice");
    }

    [Fact]
    public async Task A_consumer_joining_and_leaving_mid_stream_loses_nothing_and_nothing_is_committed_past_unfinished_work()
    {
        const int Total = 3_000;
        var recorder = new Recorder();
        var finished = new ConcurrentDictionary<(int Partition, long Offset), int>();
        var violations = new ConcurrentQueue<string>();
        var byHost = new ConcurrentDictionary<string, int>();
        Action<IServiceCollection> Services(string name) => services =>
        {
            services.AddSingleton(recorder);
            services.AddSingleton(finished);
            services.AddSingleton(new HostTag(name, byHost));
        };

        void Watch(Microsoft.Extensions.Hosting.IHost host, string name)
        {
            foreach (var consumer in TestBus.Consumers(host))
            {
                consumer.Committed = offsets =>
                {
                    var owned = consumer.Owned;
                    foreach (var offset in offsets)
                    {
                        if (!owned.Contains(offset.TopicPartition))
                        {
                            violations.Enqueue($"{name} committed {offset} for a partition it does not own");
                        }

                        for (var o = offset.Offset.Value - 1; o >= 0 && o >= offset.Offset.Value - 200; o--)
                        {
                            if (!finished.ContainsKey((offset.Partition.Value, o)))
                            {
                                violations.Enqueue($"{name} committed {offset} while offset {o} was unfinished");
                                break;
                            }
                        }
                    }
                };
            }
        }

        var first = await _bus.StartHostAsync(events => events.AddHandler<ValidateRequestV1, TrackingHandler>(), services: Services("first"));
        Watch(first, "first");
        await TestBus.WaitForAssignmentAsync(first);
        var publisher = first.Services.GetRequiredService<IEventPublisher>();
        // The second half of the stream waits for the second consumer's partitions: on a loaded machine the first could
        // otherwise handle everything while the group rebalances, and the second would have nothing left to show.
        var secondAssigned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var publishing = Task.Run(async () =>
        {
            for (var batch = 0; batch < Total / 100; batch++)
            {
                if (batch == Total / 200)
                {
                    await secondAssigned.Task.WaitAsync(TimeSpan.FromSeconds(120));
                }

                await publisher.PublishBatchAsync(Enumerable.Range(batch * 100, 100).Select(i => Samples.Validate("event " + i)));
                await Task.Delay(150);
            }
        });

        await recorder.WaitForAsync(handled => handled.Count >= Total / 4, TimeSpan.FromSeconds(60));
        var second = await _bus.StartHostAsync(events => events.AddHandler<ValidateRequestV1, TrackingHandler>(), services: Services("second"));
        Watch(second, "second");
        await TestBus.WaitForAssignmentAsync(second);
        secondAssigned.SetResult();
        await recorder.WaitForAsync(handled => handled.Count >= Total * 2 / 3 && byHost.GetValueOrDefault("second") > 0, TimeSpan.FromSeconds(60));
        await second.StopAsync();
        await publishing;

        try
        {
            await recorder.WaitForAsync(handled => handled.Select(h => h.EventId).Distinct().Count() == Total, TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            output.WriteLine("first: " + string.Join(" | ", TestBus.Consumers(first).Select(c => c.Describe())));
            foreach (var partition in recorder.Handled.GroupBy(h => h.Partition).OrderBy(g => g.Key))
            {
                var offsets = partition.Select(h => h.Offset).Distinct().Order().ToList();
                output.WriteLine($"partition {partition.Key}: {offsets.Count} distinct offsets handled, max {offsets[^1]}, first gap {offsets.Select((o, i) => (o, i)).FirstOrDefault(x => x.o != x.i).o}");
            }

            throw;
        }
        var duplicates = recorder.Handled.Count - Total;
        output.WriteLine($"{Total} events handled ({byHost.GetValueOrDefault("first")} by the first consumer, {byHost.GetValueOrDefault("second")} by the second), {duplicates} handled twice (at-least-once across the two rebalances), {violations.Count} commit violations");
        Assert.Empty(violations);
        Assert.True(byHost.GetValueOrDefault("second") > 0, "the second consumer was given partitions and handled some of the stream");
        Assert.True(duplicates >= 0);
    }

    /// <summary>Takes 10 ms, so a shutdown or a revocation finds work in flight.</summary>
    private sealed class SlowHandler(Recorder recorder) : IEventHandler<ValidateRequestV1>
    {
        public async Task HandleAsync(ConsumedEvent<ValidateRequestV1> message, CancellationToken cancellationToken)
        {
            await Task.Delay(10, CancellationToken.None);
            recorder.Record(new Handled(message.Topic, message.Partition, message.Offset, message.Key, message.Envelope.EventId, message.Payload.CodeContent, message.Attempt, DateTime.UtcNow));
        }
    }

    private sealed record HostTag(string Name, ConcurrentDictionary<string, int> Counts);

    private sealed class TrackingHandler(Recorder recorder, ConcurrentDictionary<(int Partition, long Offset), int> finished, HostTag host) : IEventHandler<ValidateRequestV1>
    {
        public async Task HandleAsync(ConsumedEvent<ValidateRequestV1> message, CancellationToken cancellationToken)
        {
            await Task.Delay(Random.Shared.Next(0, 3), CancellationToken.None);
            recorder.Record(new Handled(message.Topic, message.Partition, message.Offset, message.Key, message.Envelope.EventId, message.Payload.CodeContent, message.Attempt, DateTime.UtcNow));
            host.Counts.AddOrUpdate(host.Name, 1, (_, n) => n + 1);
            finished.AddOrUpdate((message.Partition, message.Offset), 1, (_, n) => n + 1);
        }
    }
}
