using System.Text.Json;
using Omninode.Events;
using Omninode.Events.Codegen;

// Publishes a validate request and reads it back the way a consumer would, using only generated code.
var request = new ValidateRequestV1
{
    CodeContent = "class NodeEffect: pass",
    NodeType = ValidateRequestV1NodeType.Effect,
    Language = ValidateRequestV1Language.Python,
};
var envelope = new OnexEnvelope<ValidateRequestV1>
{
    EventId = Guid.NewGuid(),
    EventType = ValidateRequestV1.EventType,
    CorrelationId = Guid.NewGuid(),
    Timestamp = DateTimeOffset.Parse("2025-10-18T10:00:00.000Z", System.Globalization.CultureInfo.InvariantCulture),
    Version = "1.0.0",
    Source = new OnexEnvelopeSource { Service = "archon-intelligence", InstanceId = "instance-1", Hostname = "host-1" },
    Metadata = new OnexEnvelopeMetadata { TraceId = "0af7651916cd43dd8448eb211c80319c", SpanId = "b7ad6b7169203331" },
    Payload = request,
};

var json = JsonSerializer.Serialize(envelope, OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1);
var back = JsonSerializer.Deserialize(json, OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1)!;
Console.WriteLine(json);

var unknownMemberRefused = false;
try
{
    JsonSerializer.Deserialize("""{"code_content":"x","node_type":"effect","language":"python","extra":1}""", OnexEventsJsonContext.Default.ValidateRequestV1);
}
catch (JsonException)
{
    unknownMemberRefused = true;
}

// Topic constants and the catalog come from the source generator in the same package.
var topicsAgree = Topics.Codegen.Request.ValidateV1 == "omninode.codegen.request.validate.v1"
    && OnexEventCatalog.Find<ValidateRequestV1>()?.ResponseType == typeof(ValidateResponseV1)
    && back.Validate().Count == 0;
Console.WriteLine($"topic: {Topics.Codegen.Request.ValidateV1} (dead letters: {Topics.Codegen.Request.ValidateV1Dlq}); catalog: {OnexEventCatalog.All.Count} event types");

var ok = back.Payload == request && back.EventId == envelope.EventId && unknownMemberRefused && topicsAgree;
Console.WriteLine(ok ? "round-trip: ok" : "round-trip: FAILED");
return ok ? 0 : 1;
