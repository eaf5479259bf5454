using System.Text;
using System.Text.Json.Nodes;
using Confluent.Kafka;
using Confluent.Kafka.SyncOverAsync;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Microsoft.Extensions.DependencyInjection;
using Omninode.Events.Codegen;
using OnexSchemas.Messaging;
using OnexSchemas.Naming;
using Xunit.Abstractions;

namespace OnexSchemas.Runtime.Tests;

/// <summary>
/// Consumer-side strictness, beside the usual choice on the same bytes: Confluent's JSON deserializer (2.16.0) reads
/// into the type and checks what it writes back, so an unknown member (dropped on read) and a missing required one
/// (a default on read) pass; the runtime refuses both, to the DLQ.
/// </summary>
public sealed class StrictnessTests(RegisteredRegistry registry, ITestOutputHelper output) : IAsyncLifetime, IClassFixture<RegisteredRegistry>
{
    private readonly TestBus _bus = new();

    public Task InitializeAsync()
    {
        _bus.Topic<ValidateRequestV1>();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _bus.DisposeAsync().AsTask();

    [Fact]
    public async Task Unknown_and_missing_required_members_pass_confluents_deserializer_and_are_dead_lettered_by_the_runtime()
    {
        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = registry.Url });
        var id = (await client.GetLatestSchemaAsync(SubjectName.ForValue(ValidateRequestV1.Topic))).Id;
        var frame = new byte[RegistryFraming.HeaderLength];
        RegistryFraming.WriteHeader(frame, id);
        byte[] Framed(Action<JsonNode> change)
        {
            var node = JsonNode.Parse(Samples.JsonValue("strict"))!;
            change(node);
            return [.. frame, .. Encoding.UTF8.GetBytes(node.ToJsonString())];
        }

        var cases = new Dictionary<string, byte[]>
        {
            ["unknown member"] = Framed(node => node["payload"]!["unexpected_member"] = "dropped on read"),
            ["missing required member"] = Framed(node => node["payload"]!.AsObject().Remove("code_content")),
        };

        var confluent = new JsonDeserializer<ConfluentEnvelope>(client).AsSyncOverAsync();
        foreach (var (name, value) in cases)
        {
            var read = confluent.Deserialize(value, isNull: false, new SerializationContext(MessageComponentType.Value, ValidateRequestV1.Topic));
            Assert.NotNull(read);
            output.WriteLine($"Confluent's JsonDeserializer accepted the {name}: code_content '{read.Payload.CodeContent}'");
        }

        var host = await _bus.StartHostAsync(
            events => events.AddHandler<ValidateRequestV1, RecordingHandler>(),
            TestBus.RegistryFraming(registry.Url));
        await TestBus.WaitForAssignmentAsync(host);
        using (var producer = _bus.RawProducer())
        {
            foreach (var (name, value) in cases)
            {
                await producer.ProduceAsync(ValidateRequestV1.Topic, new Message<byte[]?, byte[]> { Key = Encoding.UTF8.GetBytes(name), Value = value });
            }
        }

        var dead = _bus.ReadAll(DeadLetterTopicName.For(ValidateRequestV1.Topic), cases.Count);
        Assert.Equal(cases.Keys.Order(), dead.Select(m => Encoding.UTF8.GetString(m.Message.Key!)).Order());
        Assert.All(dead, m => Assert.Equal(DeadLetterErrorTypes.SchemaViolation, Samples.Header(m.Message.Headers, MessageHeaders.DeadLetterErrorType)));
        Assert.All(dead, m => Assert.Equal(cases[Encoding.UTF8.GetString(m.Message.Key!)], m.Message.Value));
        Assert.Empty(host.Services.GetRequiredService<Recorder>().Handled);
    }
}
