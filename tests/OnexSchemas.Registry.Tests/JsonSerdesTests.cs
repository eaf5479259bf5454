using System.Buffers.Binary;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;

namespace OnexSchemas.Registry.Tests;

/// <summary>
/// Confluent's own JSON serializer and deserializer (Confluent.SchemaRegistry.Serdes.Json) against the local
/// registry: what a service's producer and consumer do with it, over HTTP, with the wire framing they write.
/// </summary>
public sealed class JsonSerdesTests : IAsyncLifetime
{
    private const string Topic = "omninode.demo.event.pinged.v1";

    private RunningRegistry _running = null!;

    private CachedSchemaRegistryClient Client => _running.Client;

    public async Task InitializeAsync() => _running = await RunningRegistry.StartAsync("onex-serdes-");

    public async Task DisposeAsync() => await _running.DisposeAsync();

    [Fact]
    public async Task The_serializer_registers_and_frames_and_the_deserializer_reads_the_schema_back_by_id()
    {
        var serializer = new JsonSerializer<Ping>(Client, new JsonSerializerConfig { SubjectNameStrategy = SubjectNameStrategy.Topic });
        var context = new SerializationContext(MessageComponentType.Value, Topic);

        var bytes = await serializer.SerializeAsync(new Ping { Target = "node-7", Count = 3 }, context);

        Assert.Equal(0, bytes[0]);
        var id = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1, 4));
        var registered = await Client.GetLatestSchemaAsync(Topic + "-value");
        Assert.Equal(registered.Id, id);
        Assert.Equal(SchemaType.Json, registered.SchemaType);

        var deserializer = new JsonDeserializer<Ping>(Client);
        var back = await deserializer.DeserializeAsync(bytes, isNull: false, context);
        Assert.Equal("node-7", back.Target);
        Assert.Equal(3, back.Count);
    }

    [Fact]
    public async Task A_serializer_that_may_not_register_uses_the_latest_registered_version()
    {
        var id = await Client.RegisterSchemaAsync(Topic + "-value", new Schema(
            """{"type":"object","properties":{"Target":{"type":"string"},"Count":{"type":"integer"}},"required":["Target"]}""", SchemaType.Json));
        var serializer = new JsonSerializer<Ping>(Client, new JsonSerializerConfig
        {
            SubjectNameStrategy = SubjectNameStrategy.Topic,
            AutoRegisterSchemas = false,
            UseLatestVersion = true,
        });

        var bytes = await serializer.SerializeAsync(new Ping { Target = "node-1", Count = 1 }, new SerializationContext(MessageComponentType.Value, Topic));

        Assert.Equal(id, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1, 4)));
        Assert.Equal(1, _running.Registry.WriteCount);
    }

    public sealed class Ping
    {
        public string Target { get; set; } = string.Empty;

        public int Count { get; set; }
    }
}
