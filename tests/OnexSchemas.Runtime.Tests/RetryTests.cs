using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Omninode.Events.Codegen;
using OnexSchemas.Messaging;
using OnexSchemas.Naming;

namespace OnexSchemas.Runtime.Tests;

/// <summary>A failing handler is retried with backoff, blocking only its own key; after the last retry the message is dead-lettered.</summary>
public sealed class RetryTests : IAsyncLifetime
{
    private static readonly TimeSpan InitialDelay = TimeSpan.FromMilliseconds(400);
    private readonly TestBus _bus = new();

    public Task InitializeAsync()
    {
        // One partition: the failing key and the others share it, so only per-key blocking lets the others through.
        _bus.Topic<ValidateRequestV1>(partitions: 1);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _bus.DisposeAsync().AsTask();

    [Fact]
    public async Task A_handler_failing_twice_succeeds_on_its_third_attempt_and_one_always_failing_is_dead_lettered_after_three_retries_while_other_keys_flow()
    {
        var host = await _bus.StartHostAsync(
            events => events.AddHandler<ValidateRequestV1, FlakyHandler>(),
            options =>
            {
                options.Retry.InitialDelay = InitialDelay;
                options.Keys.Use<ValidateRequestV1>(envelope => KeyOf(envelope.Payload.CodeContent));
            });
        await TestBus.WaitForAssignmentAsync(host);
        var publisher = host.Services.GetRequiredService<IEventPublisher>();
        var recorder = host.Services.GetRequiredService<Recorder>();

        // One batch, in this order, so all of it is in the partition at once: A, then B twice, then twenty other keys.
        await publisher.PublishBatchAsync(
            new[] { "flaky:2", "always", "after always" }.Concat(Enumerable.Range(0, 20).Select(i => "other " + i)).Select(Samples.Validate));

        await recorder.WaitForAsync(handled => handled.Any(h => h.Content == "after always"), TimeSpan.FromSeconds(30));

        var flaky = Assert.Single(recorder.Handled, h => h.Content == "flaky:2");
        Assert.Equal(3, flaky.Attempt);
        var always = recorder.Failures.Where(f => f.Content == "always").OrderBy(f => f.Attempt).ToList();
        Assert.Equal([1, 2, 3, 4], always.Select(f => f.Attempt));
        for (var retry = 1; retry <= 3; retry++)
        {
            var gap = always[retry].At - always[retry - 1].At;
            var expected = InitialDelay * Math.Pow(2, retry - 1);
            Assert.True(gap >= expected * 0.9, $"retry {retry} came {gap.TotalMilliseconds} ms after the attempt before it; the backoff is {expected.TotalMilliseconds} ms");
        }

        // The other keys did not wait for B's retries: all of them were handled before B's second attempt.
        var others = recorder.Handled.Where(h => h.Content.StartsWith("other ", StringComparison.Ordinal)).ToList();
        Assert.Equal(20, others.Count);
        Assert.All(others, other => Assert.True(other.At < always[1].At, $"{other.Content} waited for the failing key"));

        // B's next message waited for B's first to be dead-lettered: per-key order.
        var after = Assert.Single(recorder.Handled, h => h.Content == "after always");
        Assert.True(after.At > always[^1].At);

        var dead = Assert.Single(_bus.ReadAll(DeadLetterTopicName.For(ValidateRequestV1.Topic), 1));
        Assert.Equal("B", Encoding.UTF8.GetString(dead.Message.Key!));
        Assert.Equal("3", Samples.Header(dead.Message.Headers, MessageHeaders.DeadLetterRetryCount));
        Assert.Equal(nameof(InvalidOperationException), Samples.Header(dead.Message.Headers, MessageHeaders.DeadLetterErrorType));
        Assert.Equal("always fails", Samples.Header(dead.Message.Headers, MessageHeaders.DeadLetterErrorMessage));
        Assert.Contains(nameof(FlakyHandler), Samples.Header(dead.Message.Headers, MessageHeaders.DeadLetterErrorStackTrace), StringComparison.Ordinal);
        Assert.NotNull(Samples.Header(dead.Message.Headers, MessageHeaders.DeadLetterOriginalEventId));
        Assert.DoesNotContain(_bus.ReadAll(DeadLetterTopicName.For(ValidateRequestV1.Topic), 2, TimeSpan.FromSeconds(1)), m => Encoding.UTF8.GetString(m.Message.Key!) == "A");
    }

    private static string KeyOf(string content) => content switch
    {
        "flaky:2" => "A",
        "always" or "after always" => "B",
        _ => "C" + content["other ".Length..],
    };

    private sealed class FlakyHandler(Recorder recorder) : IEventHandler<ValidateRequestV1>
    {
        public Task HandleAsync(ConsumedEvent<ValidateRequestV1> message, CancellationToken cancellationToken)
        {
            var content = message.Payload.CodeContent;
            var fail = content == "always" || (content.StartsWith("flaky:", StringComparison.Ordinal) && message.Attempt <= int.Parse(content["flaky:".Length..]));
            if (fail)
            {
                recorder.Failures.Enqueue((content, message.Attempt, DateTime.UtcNow));
                throw new InvalidOperationException(content == "always" ? "always fails" : "fails for now");
            }

            recorder.Record(new Handled(message.Topic, message.Partition, message.Offset, message.Key, message.Envelope.EventId, content, message.Attempt, DateTime.UtcNow));
            return Task.CompletedTask;
        }
    }
}
