using System.Text;
using System.Text.Json.Nodes;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Omninode.Events.Codegen;
using OnexSchemas.Messaging;
using OnexSchemas.Naming;
using Xunit.Abstractions;

namespace OnexSchemas.Runtime.Tests;

/// <summary>Poison messages never stop the consumer and are never skipped: each is in the DLQ with its bytes and the failure.</summary>
public sealed class PoisonMessageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestBus _bus = new();

    public Task InitializeAsync()
    {
        _bus.Topic<ValidateRequestV1>();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _bus.DisposeAsync().AsTask();

    [Fact]
    public async Task A_thousand_poison_messages_among_ten_thousand_good_ones_are_dead_lettered_with_their_bytes_while_every_good_one_is_handled()
    {
        const int Good = 10_000;
        const int Poison = 1_000;
        var host = await _bus.StartHostAsync(events => events.AddHandler<ValidateRequestV1, RecordingHandler>());
        await TestBus.WaitForAssignmentAsync(host);

        var poisons = new Dictionary<string, (byte[] Value, string ErrorType, DeliveryResult<byte[]?, byte[]> Delivery)>();
        var goodIds = new HashSet<string>();
        using (var producer = _bus.RawProducer())
        {
            var sends = new List<Task>();
            for (int i = 0, poison = 0; i < Good + Poison; i++)
            {
                if (i % 11 == 10 && poison < Poison)
                {
                    var key = "poison-" + poison;
                    var (value, errorType) = PoisonValue(poison++);
                    var headers = new Headers { { "x-origin", Encoding.UTF8.GetBytes("poison-test") } };
                    sends.Add(producer.ProduceAsync(ValidateRequestV1.Topic, new Message<byte[]?, byte[]> { Key = Encoding.UTF8.GetBytes(key), Value = value, Headers = headers })
                        .ContinueWith(t => { lock (poisons) { poisons[key] = (value, errorType, t.Result); } }, TaskScheduler.Default));
                }
                else
                {
                    var content = "good " + i;
                    goodIds.Add(content);
                    sends.Add(producer.ProduceAsync(ValidateRequestV1.Topic, new Message<byte[]?, byte[]> { Key = Encoding.UTF8.GetBytes("k" + (i % 100)), Value = Samples.JsonValue(content) }));
                }
            }

            await Task.WhenAll(sends);
        }

        Assert.Equal(Poison, poisons.Count);
        var recorder = host.Services.GetRequiredService<Recorder>();
        await recorder.WaitForAsync(handled => handled.Count >= goodIds.Count, TimeSpan.FromMinutes(3));
        Assert.Equal(goodIds.Order(StringComparer.Ordinal), recorder.Handled.Select(h => h.Content).Order(StringComparer.Ordinal));

        var dead = _bus.ReadAll(DeadLetterTopicName.For(ValidateRequestV1.Topic), Poison, TimeSpan.FromMinutes(2));
        Assert.Equal(Poison, dead.Count);
        Assert.Equal(Poison, dead.Select(m => Encoding.UTF8.GetString(m.Message.Key!)).Distinct().Count());
        foreach (var message in dead)
        {
            var key = Encoding.UTF8.GetString(message.Message.Key!);
            var (value, errorType, delivery) = poisons[key];
            Assert.Equal(value, message.Message.Value);
            string? Header(string name) => Samples.Header(message.Message.Headers, name);
            Assert.Equal("poison-test", Header("x-origin"));
            Assert.Equal(errorType, Header(MessageHeaders.DeadLetterErrorType));
            Assert.Equal(ValidateRequestV1.Topic, Header(MessageHeaders.DeadLetterOriginalTopic));
            Assert.Equal(delivery.Partition.Value.ToString(), Header(MessageHeaders.DeadLetterOriginalPartition));
            Assert.Equal(delivery.Offset.Value.ToString(), Header(MessageHeaders.DeadLetterOriginalOffset));
            Assert.Equal("0", Header(MessageHeaders.DeadLetterRetryCount));
            Assert.Equal(_bus.GroupId, Header(MessageHeaders.DeadLetterConsumerGroup));
            Assert.False(string.IsNullOrEmpty(Header(MessageHeaders.DeadLetterConsumerInstance)));
            Assert.False(string.IsNullOrEmpty(Header(MessageHeaders.DeadLetterErrorMessage)));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", Header(MessageHeaders.DeadLetterFailedAt));
        }

        output.WriteLine($"{recorder.Handled.Count} good handled, {dead.Count} dead-lettered: " +
            string.Join(", ", dead.GroupBy(m => Samples.Header(m.Message.Headers, MessageHeaders.DeadLetterErrorType)).Select(g => $"{g.Key} {g.Count()}")));

        // Still running after all of it.
        await host.Services.GetRequiredService<IEventPublisher>().PublishAsync(Samples.Validate("after the poison"));
        await recorder.WaitForAsync(handled => handled.Any(h => h.Content == "after the poison"));
    }

    /// <summary>Five kinds of poison in turn: invalid JSON, a missing required member, an unknown member, a frame in front of JSON, a wrong event type.</summary>
    internal static (byte[] Value, string ErrorType) PoisonValue(int index)
    {
        var good = Samples.JsonValue("poison " + index);
        JsonNode Node() => JsonNode.Parse(good)!;
        switch (index % 5)
        {
            case 0:
                return (good[..(good.Length / 2)], DeadLetterErrorTypes.InvalidJson);
            case 1:
            {
                var node = Node();
                node["payload"]!.AsObject().Remove("code_content");
                return (Encoding.UTF8.GetBytes(node.ToJsonString()), DeadLetterErrorTypes.SchemaViolation);
            }

            case 2:
            {
                var node = Node();
                node["payload"]!["unexpected_member"] = 1;
                return (Encoding.UTF8.GetBytes(node.ToJsonString()), DeadLetterErrorTypes.SchemaViolation);
            }

            case 3:
                return ([0, 0, 0, 0, 7, .. good], DeadLetterErrorTypes.WrongFraming);
            default:
            {
                var node = Node();
                node["event_type"] = ValidateResponseV1.EventType;
                return (Encoding.UTF8.GetBytes(node.ToJsonString()), DeadLetterErrorTypes.SchemaViolation);
            }
        }
    }
}
