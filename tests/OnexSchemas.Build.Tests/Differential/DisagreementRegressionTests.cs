using Omninode.Events;
using Omninode.Events.Codegen;

namespace OnexSchemas.Build.Tests.Differential;

/// <summary>
/// The disagreements the differential test found between the generated code and JsonSchema.Net, fixed in the
/// generator, each pinned as a fixed case: both sides must give the verdict shown. Beside them, values near the
/// fixes that must stay valid, so that a fix never overshoots.
/// </summary>
public sealed class DisagreementRegressionTests
{
    /// <summary>Topic, JSON pointer of the member to set (or remove, for a null value), its JSON value, whether the result is valid.</summary>
    public static TheoryData<string, string, string?, bool> Cases() => new()
    {
        // An explicit null for an optional member: System.Text.Json read it as "absent" (fixed: OnexOptionalJsonConverter).
        { "omninode.codegen.request.validate.v1", "/file_path", "null", false },
        { "omninode.codegen.request.validate.v1", "/quality_threshold", "null", false },
        { "omninode.onex.event.node_started.v1", "/started_at", "null", false },
        { "omninode.onex.event.node_started.v1", "/contract/dependencies", "null", false },
        { "omninode.codegen.request.validate.v1", "/file_path", null, true },

        // Enum spellings System.Text.Json's enum converter read (fixed: OnexEnumJsonConverter reads the exact strings).
        { "omninode.codegen.request.validate.v1", "/node_type", "1", false },
        { "omninode.codegen.request.validate.v1", "/node_type", "\"1\"", false },
        { "omninode.codegen.request.validate.v1", "/node_type", "\" effect\"", false },
        { "omninode.codegen.request.validate.v1", "/node_type", "\"effect, compute\"", false },
        { "omninode.codegen.request.validate.v1", "/node_type", "\"EFFECT\"", false },
        { "omninode.codegen.request.validate.v1", "/node_type", "\"orchestrator\"", true },

        // A null item or map value: the reader let it through and Validate() threw a NullReferenceException or passed
        // it (fixed: Validate() reports "must not be null" at the item).
        { "omninode.onex.event.node_started.v1", "/contract/dependencies", "[\"a\", null]", false },
        { "omninode.bridge.event.validation_failed.v1", "/validation_errors", "[null]", false },
        { "omninode.system.event.alert.v1", "/metadata", "{\"region\": null}", false },
        { "omninode.codegen.response.validate.v1", "/suggestions", "[null]", false },

        // "uri" through System.Uri: an IRI (non-ASCII) passed (fixed: OnexValidation.IsUri checks RFC 3986).
        { "omninode.system.event.alert.v1", "/runbook_url", "\"https://例え.jp/\"", false },
        { "omninode.system.event.alert.v1", "/runbook_url", "\"/runbooks/lag\"", false },
        { "omninode.system.event.alert.v1", "/runbook_url", "\"https://runbooks.omninode.dev/kafka/consumer-lag?team=core#steps\"", true },
        { "omninode.system.event.alert.v1", "/runbook_url", "\"urn:isbn:0451450523\"", true },

        // Values that were right before and must stay right: an integer spelled 3.0, an upper-case uuid, a lower-case
        // date-time, astral characters counted as one each.
        { "omninode.bridge.event.performance_metrics.v1", "/operation_count", "3.0", true },
        { "omninode.bridge.event.performance_metrics.v1", "/operation_count", "3.5", false },
        { "omninode.audit.pattern_creation.v1", "/pattern_id", "\"3F2B8A4E-9C1D-4E6F-8A2B-5D7C9E0F1A2B\"", true },
        { "omninode.audit.pattern_creation.v1", "/pattern_id", "\"{3f2b8a4e-9c1d-4e6f-8a2b-5d7c9e0f1a2b}\"", false },
        { "omninode.bridge.response.stamp.v1", "/stamp_time", "\"2025-10-18t10:00:00.5z\"", true },
        { "omninode.bridge.response.stamp.v1", "/stamp_time", "\"2025-10-18T10:00:00\"", false },
        { "omninode.onex.event.node_started.v1", "/node_name", "\"" + string.Concat(Enumerable.Repeat("\U0001F600", 256)) + "\"", true },
        { "omninode.onex.event.node_started.v1", "/node_name", "\"" + string.Concat(Enumerable.Repeat("\U0001F600", 257)) + "\"", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_and_oracle_agree_on_the_fixed_case(string topicName, string pointer, string? value, bool valid)
    {
        var topic = RepositoryTree.Value.FindTopic(topicName)!;
        var json = ExampleInstances.With(topic.Document, pointer, value);
        var oracle = Oracle.For(topic.Document.Root);

        var ours = Ours.Verdict(json, ExampleInstances.TypeInfo(topic));

        Assert.True(oracle.IsValid(json) == valid && ours.IsValid == valid, $"{json}\nexpected: {(valid ? "valid" : "invalid")}\nJsonSchema.Net: {oracle.Verdict(json)}\ngenerated code: {ours}");
    }

    [Fact]
    public void A_null_item_is_reported_at_its_own_pointer()
    {
        var topic = RepositoryTree.Value.FindTopic("omninode.onex.event.node_started.v1")!;
        var json = ExampleInstances.With(topic.Document, "/contract/dependencies", "[\"a\", null]");

        var ours = Ours.Verdict(json, ExampleInstances.TypeInfo(topic));

        var error = Assert.Single(ours.Errors);
        Assert.Equal("/contract/dependencies/1", error.Path);
    }

    /// <summary>Topic-independent envelope members: JSON pointer, JSON value, whether the result is valid.</summary>
    public static TheoryData<string, string?, bool> EnvelopeCases() => new()
    {
        // The generic payload: a null one passed the reader and Validate() (fixed: Validate() reports it).
        { "/payload", "null", false },

        // The timestamp's pattern (exactly three fraction digits, upper-case T and Z) was lost with the text once
        // parsed (fixed: a converter generated for the member checks the pattern on read).
        { "/timestamp", "\"2025-10-18T10:00:00Z\"", false },
        { "/timestamp", "\"2025-10-18T10:00:00.1Z\"", false },
        { "/timestamp", "\"2025-10-18t10:00:00.000z\"", false },
        { "/timestamp", "\"2025-10-18T10:00:00.000+02:00\"", true },

        // An optional member set to null.
        { "/causation_id", "null", false },
        { "/metadata/user_id", "null", false },
    };

    [Theory]
    [MemberData(nameof(EnvelopeCases))]
    public void Generated_code_and_oracle_agree_on_the_fixed_envelope_case(string pointer, string? value, bool valid)
    {
        var envelope = RepositoryTree.Value.FindDocument("common/envelope.v1.json")!;
        var payload = RepositoryTree.Value.FindTopic("omninode.codegen.request.validate.v1")!;
        var json = ExampleInstances.With(envelope, pointer, value);
        var oracle = Oracle.ForEnvelope(envelope.Root, payload);

        var ours = Ours.Verdict(json, OnexEventsJsonContext.Default.OnexEnvelopeValidateRequestV1);

        Assert.True(oracle.IsValid(json) == valid && ours.IsValid == valid, $"{json}\nexpected: {(valid ? "valid" : "invalid")}\nJsonSchema.Net: {oracle.Verdict(json)}\ngenerated code: {ours}");
    }

    [Fact]
    public void Enums_and_optional_members_still_write_as_before()
    {
        var request = new ValidateRequestV1 { CodeContent = "x", NodeType = ValidateRequestV1NodeType.Orchestrator, Language = ValidateRequestV1Language.Csharp, QualityThreshold = 0.5 };

        var json = System.Text.Json.JsonSerializer.Serialize(request, OnexEventsJsonContext.Default.ValidateRequestV1);

        Assert.Equal("""{"code_content":"x","node_type":"orchestrator","language":"csharp","quality_threshold":0.5}""", json);
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Serialize(request with { NodeType = (ValidateRequestV1NodeType)42 }, OnexEventsJsonContext.Default.ValidateRequestV1));
    }
}
