using System.Text.Json;
using System.Text.Json.Nodes;
using OnexSchemas.Instances;
using OnexSchemas.Loading;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>Messages judged by the tree as they travel: the envelope, the payload by the topic, event_type and the version's major.</summary>
public sealed class TopicMessageValidatorTests
{
    private static readonly Lazy<(Model.SchemaTree Tree, TopicMessageValidator Validator)> Repository = new(() =>
    {
        var tree = SchemaTreeLoader.Load(RepositoryPaths.Schemas);
        return (tree, TopicMessageValidator.For(tree));
    });

    private const string Topic = "omninode.codegen.request.validate.v1";

    private static JsonObject Envelope(JsonNode payload, string topic = Topic) => new()
    {
        ["event_id"] = "0f8fad5b-d9cb-469f-a165-70867728950e",
        ["event_type"] = topic,
        ["correlation_id"] = "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        ["timestamp"] = "2026-12-01T10:00:00.123Z",
        ["version"] = "1.0.0",
        ["source"] = new JsonObject { ["service"] = "onex-schemas", ["instance_id"] = "i-1", ["hostname"] = "h" },
        ["metadata"] = new JsonObject { ["trace_id"] = "4bf92f3577b34da6a3ce929d0e0e4736", ["span_id"] = "00f067aa0ba902b7" },
        ["payload"] = payload,
    };

    private static JsonNode Example() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, "events/codegen/request/validate.v1.json")))!["examples"]![0]!.DeepClone();

    private static IReadOnlyList<MessageProblem> Validate(JsonNode envelope, string topic = Topic)
    {
        var (tree, validator) = Repository.Value;
        using var document = JsonDocument.Parse(envelope.ToJsonString());
        return validator.ValidateEnvelope(tree.FindTopic(topic)!, document.RootElement);
    }

    [Fact]
    public void A_number_beyond_decimal_under_uniqueItems_is_a_problem_at_the_number()
    {
        // Found by fuzzing: JsonSchema.Net compares uniqueItems through decimal and threw on 1e40.
        const string topic = "omninode.codegen.request.pattern.v1";
        var payload = JsonNode.Parse("""{ "code_content": "x", "pattern_context": { "language": "python", "tags": ["a", 1e40] } }""")!;

        var problem = Assert.Single(Validate(Envelope(payload, topic), topic));

        Assert.Equal("/payload/pattern_context/tags/1", problem.Pointer);
        Assert.Contains("the number 1e40 is beyond", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_envelope_around_the_topics_example_is_valid() => Assert.Empty(Validate(Envelope(Example())));

    [Fact]
    public void The_payload_is_judged_by_the_topic_and_located_under_payload()
    {
        var payload = Example();
        payload["unexpected"] = 1;
        var problem = Assert.Single(Validate(Envelope(payload)));
        Assert.Equal("/payload/unexpected", problem.Pointer);
    }

    [Fact]
    public void Event_type_must_be_the_topic_and_version_of_its_major()
    {
        var envelope = Envelope(Example());
        envelope["event_type"] = "omninode.codegen.request.validate.v2";
        envelope["version"] = "2.0.0";
        var problems = Validate(envelope);
        Assert.Contains(problems, problem => problem.Pointer == "/event_type" && problem.Message.Contains(Topic, StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Pointer == "/version" && problem.Message.Contains("major 1", StringComparison.Ordinal));
    }

    [Fact]
    public void The_envelope_is_judged_by_its_own_schema()
    {
        var envelope = Envelope(Example());
        envelope["metadata"]!["trace_id"] = "not-a-w3c-trace-id";
        envelope.Remove("correlation_id");
        var problems = Validate(envelope);
        Assert.Contains(problems, problem => problem.Pointer == "/metadata/trace_id");
        Assert.Contains(problems, problem => problem.Pointer.Length == 0 && problem.Message.Contains("correlation_id", StringComparison.Ordinal));
    }
}
