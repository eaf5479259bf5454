using System.Text;
using System.Text.Json;
using Confluent.SchemaRegistry;
using Microsoft.Extensions.DependencyInjection;
using Omninode.Events.Codegen;
using OnexSchemas.Messaging;
using OnexSchemas.Naming;

namespace OnexSchemas.Runtime.Tests;

/// <summary>
/// A second, independent client reads what the runtime wrote and writes what the runtime reads, in both wire
/// formats; and the schema-registry framing's own failures go to the DLQ.
/// </summary>
public sealed class InteropTests(RegisteredRegistry registry) : IAsyncLifetime, IClassFixture<RegisteredRegistry>
{
    private readonly TestBus _bus = new();

    public Task InitializeAsync()
    {
        _bus.Topic<ValidateRequestV1>();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _bus.DisposeAsync().AsTask();

    [Fact]
    public async Task Kcat_reads_the_plain_json_the_runtime_wrote_and_the_runtime_handles_what_kcat_wrote()
    {
        var host = await _bus.StartHostAsync(events => events.AddHandler<ValidateRequestV1, RecordingHandler>());
        await TestBus.WaitForAssignmentAsync(host);
        var published = await host.Services.GetRequiredService<IEventPublisher>().PublishAsync(Samples.Validate("from dotnet"), new EventContext { Key = "dotnet-key" });

        var read = Encoding.UTF8.GetString(await Kcat.RunAsync(null, "-b", _bus.Cluster.BootstrapServers, "-C", "-t", ValidateRequestV1.Topic, "-o", "beginning", "-e", "-q", "-f", "%k\t%h\t%s\n"));
        var fields = read.TrimEnd('\n').Split('\t');
        Assert.Equal("dotnet-key", fields[0]);
        Assert.Contains($"{MessageHeaders.EventType}={ValidateRequestV1.EventType}", fields[1], StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(fields[2]))
        {
            Assert.Equal(published.EventId, json.RootElement.GetProperty("event_id").GetGuid());
            Assert.Equal("from dotnet", json.RootElement.GetProperty("payload").GetProperty("code_content").GetString());
        }

        var written = Samples.JsonValue("from kcat");
        await Kcat.RunAsync([.. Encoding.UTF8.GetBytes("kcat-key|"), .. written, (byte)'\n'], "-b", _bus.Cluster.BootstrapServers, "-P", "-t", ValidateRequestV1.Topic, "-K", "|");
        var recorder = host.Services.GetRequiredService<Recorder>();
        await recorder.WaitForAsync(handled => handled.Any(h => h.Content == "from kcat"));
        Assert.Equal("kcat-key", recorder.Handled.Single(h => h.Content == "from kcat").Key);
    }

    [Fact]
    public async Task The_runtime_writes_quotes_and_non_ascii_text_as_json_requires_and_no_more()
    {
        const string content = "say \"hi\" + <b>café</b> \\ done";
        var host = await _bus.StartHostAsync(events => events.AddHandler<ValidateRequestV1, RecordingHandler>());
        await TestBus.WaitForAssignmentAsync(host);
        await host.Services.GetRequiredService<IEventPublisher>().PublishAsync(Samples.Validate(content));

        var raw = Encoding.UTF8.GetString(await Kcat.RunAsync(null, "-b", _bus.Cluster.BootstrapServers, "-C", "-t", ValidateRequestV1.Topic, "-o", "beginning", "-e", "-q", "-c", "1", "-f", "%s"));
        Assert.Contains("\"code_content\":\"say \\\"hi\\\" + <b>café</b> \\\\ done\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", raw, StringComparison.Ordinal);
        var recorder = host.Services.GetRequiredService<Recorder>();
        await recorder.WaitForAsync(handled => handled.Any(h => h.Content == content));
    }

    [Fact]
    public async Task The_registry_framing_carries_the_subjects_schema_id_and_kcat_reads_and_writes_it()
    {
        var host = await _bus.StartHostAsync(
            events => events.AddHandler<ValidateRequestV1, SchemaIdRecorder>(),
            TestBus.RegistryFraming(registry.Url));
        await TestBus.WaitForAssignmentAsync(host);
        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = registry.Url });
        var expectedId = (await client.GetLatestSchemaAsync(SubjectName.ForValue(ValidateRequestV1.Topic))).Id;

        await host.Services.GetRequiredService<IEventPublisher>().PublishAsync(Samples.Validate("framed"));

        var raw = await Kcat.RunAsync(null, "-b", _bus.Cluster.BootstrapServers, "-C", "-t", ValidateRequestV1.Topic, "-o", "beginning", "-e", "-q", "-c", "1", "-f", "%s");
        Assert.True(RegistryFraming.TryReadHeader(raw, out var id), "the value starts with the magic byte");
        Assert.Equal(expectedId, id);
        using (var json = JsonDocument.Parse(raw.AsMemory(RegistryFraming.HeaderLength)))
        {
            Assert.Equal("framed", json.RootElement.GetProperty("payload").GetProperty("code_content").GetString());
        }

        var frame = new byte[RegistryFraming.HeaderLength];
        RegistryFraming.WriteHeader(frame, expectedId);
        await Kcat.RunAsync([.. frame, .. Samples.JsonValue("framed by kcat"), (byte)'\n'], "-b", _bus.Cluster.BootstrapServers, "-P", "-t", ValidateRequestV1.Topic);
        var recorder = host.Services.GetRequiredService<Recorder>();
        await recorder.WaitForAsync(handled => handled.Count == 2);
        Assert.All(recorder.Handled, h => Assert.Equal(expectedId.ToString(), h.Key));
    }

    [Fact]
    public async Task Under_the_registry_framing_plain_json_and_unknown_schema_ids_are_dead_lettered_with_the_id()
    {
        var host = await _bus.StartHostAsync(
            events => events.AddHandler<ValidateRequestV1, RecordingHandler>(),
            TestBus.RegistryFraming(registry.Url));
        await TestBus.WaitForAssignmentAsync(host);
        var unknown = new byte[RegistryFraming.HeaderLength];
        RegistryFraming.WriteHeader(unknown, 987_654);
        using (var producer = _bus.RawProducer())
        {
            await producer.ProduceAsync(ValidateRequestV1.Topic, new Confluent.Kafka.Message<byte[]?, byte[]> { Key = "plain"u8.ToArray(), Value = Samples.JsonValue("plain") });
            await producer.ProduceAsync(ValidateRequestV1.Topic, new Confluent.Kafka.Message<byte[]?, byte[]> { Key = "unknown"u8.ToArray(), Value = [.. unknown, .. Samples.JsonValue("unknown id")] });
        }

        await host.Services.GetRequiredService<IEventPublisher>().PublishAsync(Samples.Validate("good"));
        await host.Services.GetRequiredService<Recorder>().WaitForAsync(handled => handled.Any(h => h.Content == "good"));
        var dead = _bus.ReadAll(DeadLetterTopicName.For(ValidateRequestV1.Topic), 2).ToDictionary(m => Encoding.UTF8.GetString(m.Message.Key!));
        Assert.Equal(DeadLetterErrorTypes.WrongFraming, Samples.Header(dead["plain"].Message.Headers, MessageHeaders.DeadLetterErrorType));
        Assert.Null(Samples.Header(dead["plain"].Message.Headers, MessageHeaders.DeadLetterSchemaId));
        Assert.Equal(DeadLetterErrorTypes.UnknownSchemaId, Samples.Header(dead["unknown"].Message.Headers, MessageHeaders.DeadLetterErrorType));
        Assert.Equal("987654", Samples.Header(dead["unknown"].Message.Headers, MessageHeaders.DeadLetterSchemaId));
    }

    /// <summary>Records the schema id of each framed message in place of its key.</summary>
    private sealed class SchemaIdRecorder(Recorder recorder) : IEventHandler<ValidateRequestV1>
    {
        public Task HandleAsync(ConsumedEvent<ValidateRequestV1> message, CancellationToken cancellationToken)
        {
            recorder.Record(new Handled(message.Topic, message.Partition, message.Offset, message.SchemaId?.ToString(), message.Envelope.EventId, message.Payload.CodeContent, message.Attempt, DateTime.UtcNow));
            return Task.CompletedTask;
        }
    }
}
