using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Omninode.Events;
using OnexSchemas.Build.CodeGeneration;
using OnexSchemas.Loading;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// For every topic, each schema example deserializes into the generated record, serializes back to the same JSON,
/// and the serialized text validates against the schema; wrapped in the generated envelope, it survives as well.
/// </summary>
public sealed class ExampleRoundTripTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var topic in RepositoryTree.Value.Topics)
        {
            var count = topic.Document.Root.GetProperty("examples").GetArrayLength();
            for (var index = 0; index < count; index++)
            {
                data.Add(topic.Name.Value, index);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_round_trips_through_the_generated_type(string topicName, int index)
    {
        var topic = RepositoryTree.Value.FindTopic(topicName)!;
        var example = topic.Document.Root.GetProperty("examples")[index].GetRawText();
        var typeInfo = OnexEventsJsonContext.Default.GetTypeInfo(PayloadType(topic.Name))!;

        var payload = JsonSerializer.Deserialize(example, typeInfo);
        var written = JsonSerializer.Serialize(payload, typeInfo);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(example), JsonNode.Parse(written)), $"example:\n{example}\nwritten:\n{written}");
        var schema = Compile(topic.Document.Root.GetRawText());
        var result = schema.Evaluate(JsonDocument.Parse(written).RootElement, new EvaluationOptions { RequireFormatValidation = true });
        Assert.True(result.IsValid, written);
    }

    [Fact]
    public void Every_topic_has_a_generated_payload_type_in_the_json_context()
    {
        Assert.All(RepositoryTree.Value.Topics, topic => Assert.NotNull(OnexEventsJsonContext.Default.GetTypeInfo(PayloadType(topic.Name))));
    }

    [Fact]
    public void A_payload_in_its_envelope_serializes_to_a_valid_envelope()
    {
        var envelope = new OnexEnvelope<Omninode.Events.Codegen.ValidateRequestV1>
        {
            EventId = Guid.Parse("3f2b8a4e-9c1d-4e6f-8a2b-5d7c9e0f1a2b"),
            EventType = "omninode.codegen.request.validate.v1",
            CorrelationId = Guid.Parse("9b2f6c1e-4d3a-4f8b-a1c2-7e5d9f0a3b4c"),
            Timestamp = new DateTimeOffset(2025, 10, 18, 10, 0, 0, 120, TimeSpan.Zero),
            Version = "1.0.0",
            Source = new OnexEnvelopeSource { Service = "archon-intelligence", InstanceId = "instance-123", Hostname = "archon-intelligence-abc123" },
            Metadata = new OnexEnvelopeMetadata { TraceId = "0af7651916cd43dd8448eb211c80319c", SpanId = "b7ad6b7169203331" },
            Payload = new Omninode.Events.Codegen.ValidateRequestV1
            {
                CodeContent = "class NodeEffect: pass",
                NodeType = Omninode.Events.Codegen.ValidateRequestV1NodeType.Effect,
                Language = Omninode.Events.Codegen.ValidateRequestV1Language.Python,
            },
        };

        var json = JsonSerializer.Serialize(envelope, OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1);

        Assert.Contains("\"timestamp\":\"2025-10-18T10:00:00.120Z\"", json);
        var schema = Compile(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, "common", "envelope.v1.json")));
        Assert.True(schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid, json);
        var back = JsonSerializer.Deserialize(json, OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1)!;
        Assert.Equal(envelope.Payload, back.Payload);
        Assert.Equal(envelope.Timestamp, back.Timestamp);
    }

    [Fact]
    public void Unknown_members_are_refused_on_read()
    {
        const string json = """{"code_content":"x","node_type":"effect","language":"python","unexpected":1}""";
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, OnexEventsJsonContext.Default.ValidateRequestV1));
    }

    [Fact]
    public void Missing_required_members_and_nulls_for_required_members_are_refused_on_read()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"code_content":"x","node_type":"effect"}""", OnexEventsJsonContext.Default.ValidateRequestV1));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"code_content":null,"node_type":"effect","language":"python"}""", OnexEventsJsonContext.Default.ValidateRequestV1));
    }

    [Fact]
    public void Date_times_without_an_offset_are_refused_on_read()
    {
        Assert.False(OnexTimestampJsonConverter.TryParse("2025-10-18T10:00:00", out _));
        Assert.True(OnexTimestampJsonConverter.TryParse("2025-10-18T10:00:00.5+02:00", out var parsed));
        Assert.Equal(TimeSpan.FromHours(2), parsed.Offset);
    }

    // A private registry per schema: the global one refuses a second schema with the same $id.
    private static JsonSchema Compile(string text) => JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static Type PayloadType(TopicName topic) =>
        typeof(OnexEventsJsonContext).Assembly.GetType($"{CSharpNames.DomainNamespace(CSharpNames.RootNamespace(topic.Namespace), topic.Domain)}.{CSharpNames.PayloadType(topic)}", throwOnError: true)!;
}
