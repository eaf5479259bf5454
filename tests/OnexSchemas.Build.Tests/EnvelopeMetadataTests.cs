using System.Text.Json;
using System.Text.Json.Nodes;
using Omninode.Events;
using Omninode.Events.Codegen;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// The envelope's serializer metadata, made once for every payload type by the envelope's generated
/// <c>CreateJsonTypeInfo</c> instead of by System.Text.Json's generator per closed type: as strict as the payloads'.
/// </summary>
public sealed class EnvelopeMetadataTests
{
    private const string Valid = """
        {"event_id":"3f2b8a4e-9c1d-4e6f-8a2b-5d7c9e0f1a2b","event_type":"omninode.codegen.request.validate.v1",
         "correlation_id":"9b2f6c1e-4d3a-4f8b-a1c2-7e5d9f0a3b4c","causation_id":"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
         "timestamp":"2025-10-18T10:00:00.120Z","version":"1.0.0",
         "source":{"service":"archon-intelligence","instance_id":"instance-123","hostname":"archon-intelligence-abc123"},
         "metadata":{"trace_id":"0af7651916cd43dd8448eb211c80319c","span_id":"b7ad6b7169203331"},
         "payload":{"code_content":"class NodeEffect: pass","node_type":"effect","language":"python"}}
        """;

    private static OnexEnvelope<ValidateRequestV1>? Read(string json) =>
        JsonSerializer.Deserialize(json, OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1);

    private static string Without(string member) => Edit(node => node.Remove(member));

    private static string Edit(Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(Valid)!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    [Fact]
    public void Every_member_is_read_and_written_back_the_same()
    {
        var envelope = Read(Valid)!;

        Assert.Equal(Guid.Parse("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"), envelope.CausationId);
        Assert.Equal(new DateTimeOffset(2025, 10, 18, 10, 0, 0, 120, TimeSpan.Zero), envelope.Timestamp);
        Assert.Equal("archon-intelligence", envelope.Source.Service);
        Assert.Equal(ValidateRequestV1Language.Python, envelope.Payload.Language);
        var written = JsonSerializer.Serialize(envelope, OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Valid), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void An_absent_optional_member_is_read_as_null_and_left_out_on_write()
    {
        var envelope = Read(Without("causation_id"))!;

        Assert.Null(envelope.CausationId);
        Assert.DoesNotContain("causation_id", JsonSerializer.Serialize(envelope, OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("event_id")]
    [InlineData("event_type")]
    [InlineData("timestamp")]
    [InlineData("source")]
    [InlineData("payload")]
    public void A_missing_required_member_is_refused_by_its_name(string member)
    {
        var exception = Assert.Throws<JsonException>(() => Read(Without(member)));
        Assert.Contains(member, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("event_type")]
    [InlineData("source")]
    [InlineData("payload")]
    [InlineData("causation_id")]
    public void Null_is_refused_for_every_member_that_is_not_nullable(string member)
    {
        Assert.Throws<JsonException>(() => Read(Edit(node => node[member] = null)));
    }

    [Fact]
    public void Unknown_members_are_refused_in_the_envelope_and_in_its_payload()
    {
        Assert.Throws<JsonException>(() => Read(Edit(node => node["unexpected"] = 1)));
        Assert.Throws<JsonException>(() => Read(Edit(node => node["payload"]!.AsObject()["unexpected"] = 1)));
    }

    [Fact]
    public void The_timestamp_keeps_its_own_converter()
    {
        // The envelope's timestamp needs milliseconds; the attribute's converter is the metadata's.
        Assert.Throws<JsonException>(() => Read(Edit(node => node["timestamp"] = "2025-10-18T10:00:00Z")));
    }

    [Fact]
    public void Each_context_makes_the_metadata_once_with_its_own_options()
    {
        var metadata = OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1;

        Assert.Same(metadata, OnexEventsJsonContext.Default.GetEnvelopeTypeInfo<ValidateRequestV1>());
        Assert.Same(metadata, OnexEventCatalog.Find<ValidateRequestV1>()!.EnvelopeTypeInfo);
        Assert.Same(OnexEventsJsonContext.Default.Options, metadata.Options);
        var wire = OnexEventsJsonContext.Wire.OnexEnvelopeValidateRequestV1;
        Assert.NotSame(metadata, wire);
        Assert.Same(OnexEventsJsonContext.Wire.Options, wire.Options);
    }

    [Fact]
    public void Every_payload_type_of_the_catalog_has_its_envelope_with_the_members_of_the_envelope_schema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, "common", "envelope.v1.json")))!;
        var members = schema["properties"]!.AsObject().Select(member => member.Key).Order(StringComparer.Ordinal).ToList();
        Assert.All(OnexEventCatalog.All, descriptor =>
        {
            Assert.Equal(typeof(OnexEnvelope<>).MakeGenericType(descriptor.Type), descriptor.EnvelopeTypeInfo.Type);
            Assert.Equal(members, descriptor.EnvelopeTypeInfo.Properties.Select(property => property.Name).Order(StringComparer.Ordinal));
            Assert.Same(descriptor.PayloadTypeInfo.Type, descriptor.EnvelopeTypeInfo.Properties.Single(property => property.Name == "payload").PropertyType);
        });
    }
}
