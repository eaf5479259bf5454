using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Omninode.Events.Codegen;

namespace OnexSchemas.Runtime.Tests;

/// <summary>Messages of one key are handled in the order they were published, whatever the mix of keys and handler times.</summary>
public sealed class OrderingTests : IAsyncLifetime
{
    private readonly TestBus _bus = new();

    public Task InitializeAsync()
    {
        _bus.Topic<ValidateRequestV1>(partitions: 3);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _bus.DisposeAsync().AsTask();

    [Fact]
    public async Task Per_key_order_holds_under_concurrency_for_random_keys()
    {
        // The key comes from the payload ("round:key:seq"), through the per-type key selector.
        var host = await _bus.StartHostAsync(
            events => events.AddHandler<ValidateRequestV1, JitteryHandler>(),
            options => options.Keys.Use<ValidateRequestV1>(envelope => "key-" + envelope.Payload.CodeContent.Split(':')[1]));
        await TestBus.WaitForAssignmentAsync(host);
        var publisher = host.Services.GetRequiredService<IEventPublisher>();
        var recorder = host.Services.GetRequiredService<Recorder>();
        var round = 0;

        await Gen.Int[0, 40].Array[50, 400].SampleAsync(async keys =>
        {
            var name = "round" + Interlocked.Increment(ref round);
            await publisher.PublishBatchAsync(keys.Select((key, seq) => Samples.Validate($"{name}:{key}:{seq}")), null);
            await recorder.WaitForAsync(handled => handled.Count(h => h.Content.StartsWith(name + ":", StringComparison.Ordinal)) == keys.Length, TimeSpan.FromSeconds(60));
            var mine = recorder.Handled.Where(h => h.Content.StartsWith(name + ":", StringComparison.Ordinal)).ToList();
            foreach (var byKey in mine.GroupBy(h => h.Key))
            {
                var sequence = byKey.Select(h => int.Parse(h.Content.Split(':')[2])).ToList();
                Assert.Equal(sequence.Order(), sequence);
            }

            Assert.True(mine.Select(h => h.Key).Distinct().Count() == keys.Distinct().Count(), "every key has its own lane");
        }, iter: 6, threads: 1);
    }

    /// <summary>Takes 0–3 ms, so lanes overtake each other; records the order it finished in.</summary>
    private sealed class JitteryHandler(Recorder recorder) : IEventHandler<ValidateRequestV1>
    {
        public async Task HandleAsync(ConsumedEvent<ValidateRequestV1> message, CancellationToken cancellationToken)
        {
            await Task.Delay(Random.Shared.Next(0, 4), cancellationToken);
            recorder.Record(new Handled(message.Topic, message.Partition, message.Offset, message.Key, message.Envelope.EventId, message.Payload.CodeContent, message.Attempt, DateTime.UtcNow));
        }
    }
}
