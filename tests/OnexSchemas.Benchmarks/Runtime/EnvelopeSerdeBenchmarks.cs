using BenchmarkDotNet.Attributes;
using Confluent.Kafka;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Omninode.Events;
using Omninode.Events.Codegen;
using OnexSchemas.Registry.Server;
using OnexSchemas.Runtime;
using OnexSchemas.Runtime.Tests;

namespace OnexSchemas.Benchmarks.Runtime;

/// <summary>
/// Serialize + validate and deserialize + validate of a 1.2 KB envelope in the schema-registry framing: the runtime
/// (source-generated System.Text.Json and the generated <c>Validate()</c>) beside Confluent.SchemaRegistry.Serdes.Json
/// 2.16.0 with its validation on (its default), both against the subject registered in the local registry, both with
/// the schema id cached after the first call. The plain System.Text.Json calls are there to show what validation costs.
/// </summary>
[MemoryDiagnoser]
public class EnvelopeSerdeBenchmarks
{
    private static readonly SerializationContext Context = new(MessageComponentType.Value, ValidateRequestV1.Topic);
    private LocalRegistry _registry = null!;
    private DirectoryInfo _data = null!;
    private CachedSchemaRegistryClient _client = null!;
    private IEventSerializer _ours = null!;
    private JsonSerializer<ConfluentEnvelope> _confluentSerializer = null!;
    private JsonDeserializer<ConfluentEnvelope> _confluentDeserializer = null!;
    private OnexEnvelope<ValidateRequestV1> _envelope = null!;
    private ConfluentEnvelope _poco = null!;
    private byte[] _oursFramed = null!;
    private byte[] _confluentFramed = null!;
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_registry, _data) = BenchmarkBus.StartRegistryAsync().GetAwaiter().GetResult();
        _client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _registry.Address.ToString() });
        _ours = new SchemaRegistryEventSerializer(new RegistrySchemaIds(_client));
        _confluentSerializer = new JsonSerializer<ConfluentEnvelope>(_client, new JsonSerializerConfig { AutoRegisterSchemas = false, UseLatestVersion = true });
        _confluentDeserializer = new JsonDeserializer<ConfluentEnvelope>(_client);
        _envelope = BenchmarkBus.Envelope();
        _poco = BenchmarkBus.Poco(_envelope);
        _oursFramed = _ours.SerializeAsync(_envelope, default).AsTask().GetAwaiter().GetResult();
        _confluentFramed = _confluentSerializer.SerializeAsync(_poco, Context).GetAwaiter().GetResult();
        _json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_envelope, OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1);
        _confluentDeserializer.DeserializeAsync(_confluentFramed, false, Context).GetAwaiter().GetResult();
        Console.WriteLine($"// envelope: {_json.Length} bytes of JSON; framed: ours {_oursFramed.Length} bytes, Confluent's {_confluentFramed.Length} bytes");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _registry.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _data.Delete(recursive: true);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("serialize")]
    public byte[] Confluent_serialize_and_validate() => _confluentSerializer.SerializeAsync(_poco, Context).GetAwaiter().GetResult();

    [Benchmark]
    [BenchmarkCategory("serialize")]
    public byte[] Onex_validate_and_serialize()
    {
        if (_envelope.Validate().Count != 0)
        {
            throw new InvalidOperationException("invalid");
        }

        return _ours.SerializeAsync(_envelope, default).AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    [BenchmarkCategory("serialize")]
    public byte[] SystemTextJson_serialize_only() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_envelope, OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1);

    [Benchmark]
    [BenchmarkCategory("deserialize")]
    public ConfluentEnvelope Confluent_deserialize_and_validate() => _confluentDeserializer.DeserializeAsync(_confluentFramed, false, Context).GetAwaiter().GetResult();

    [Benchmark]
    [BenchmarkCategory("deserialize")]
    public OnexEnvelope<ValidateRequestV1> Onex_deserialize_and_validate() => _ours.DeserializeAsync<ValidateRequestV1>(_oursFramed, default).AsTask().GetAwaiter().GetResult().Envelope;

    [Benchmark]
    [BenchmarkCategory("deserialize")]
    public OnexEnvelope<ValidateRequestV1>? SystemTextJson_deserialize_only() => System.Text.Json.JsonSerializer.Deserialize(_json, OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1);
}
