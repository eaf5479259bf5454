using System.Text.Json;
using Json.Schema;
using OnexSchemas.Linting;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Instances;

/// <summary>
/// Judges messages by the tree, as they travel: the envelope by <c>common/envelope.v1.json</c>, its payload by the
/// topic's schema, its <c>event_type</c> equal to the topic and its <c>version</c> of the topic's major. The schemas
/// are compiled once, from memory; nothing is fetched. The command-line tools use it; the runtime checks the same
/// rules with the generated <c>Validate()</c>, which the differential tests hold to JsonSchema.Net's verdicts.
/// </summary>
public sealed class TopicMessageValidator
{
    private const string EventTypeMember = "event_type";
    private const string VersionMember = "version";
    private const string PayloadMember = "payload";

    private readonly Dictionary<string, JsonSchema> _schemas;
    private readonly Dictionary<string, string> _unusable;

    private TopicMessageValidator(Dictionary<string, JsonSchema> schemas, Dictionary<string, string> unusable)
    {
        _schemas = schemas;
        _unusable = unusable;
    }

    /// <summary>Compiles the schemas of <paramref name="tree"/>.</summary>
    public static TopicMessageValidator For(SchemaTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var unusable = new Dictionary<string, string>(StringComparer.Ordinal);
        var compiled = CompiledSchemas.Build(tree.Documents, tree.Config.BaseUri, (document, message) => unusable[document.RelativePath] = message);
        return new TopicMessageValidator(compiled.ToDictionary(pair => pair.Document.RelativePath, pair => pair.Schema, StringComparer.Ordinal), unusable);
    }

    /// <summary>The problems of a whole message of <paramref name="topic"/>; empty when it is valid.</summary>
    public IReadOnlyList<MessageProblem> ValidateEnvelope(TopicSchema topic, JsonElement envelope)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var problems = new List<MessageProblem>();
        Evaluate(SchemaTreeLayout.EnvelopeFile, envelope, string.Empty, problems);
        if (envelope.ValueKind != JsonValueKind.Object)
        {
            return problems;
        }

        if (envelope.TryGetProperty(EventTypeMember, out var eventType) && eventType.ValueKind == JsonValueKind.String && !eventType.ValueEquals(topic.Name.Value))
        {
            problems.Add(new("/" + EventTypeMember, $"'{eventType.GetString()}' is not this topic's event type; a message of {topic.Name.Value} has event_type '{topic.Name.Value}'"));
        }

        if (envelope.TryGetProperty(VersionMember, out var version) && version.ValueKind == JsonValueKind.String
            && (!SemanticVersion.TryParse(version.GetString(), out var parsed) || parsed.Major != topic.Name.Major))
        {
            problems.Add(new("/" + VersionMember, $"'{version.GetString()}' is not a version of this topic's major {topic.Name.Major}"));
        }

        if (envelope.TryGetProperty(PayloadMember, out var payload))
        {
            Evaluate(topic.Document.RelativePath, payload, "/" + PayloadMember, problems);
        }

        return problems;
    }

    /// <summary>The problems of a payload of <paramref name="topic"/>; empty when it is valid.</summary>
    public IReadOnlyList<MessageProblem> ValidatePayload(TopicSchema topic, JsonElement payload)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var problems = new List<MessageProblem>();
        Evaluate(topic.Document.RelativePath, payload, string.Empty, problems);
        return problems;
    }

    private void Evaluate(string relativePath, JsonElement instance, string prefix, List<MessageProblem> problems)
    {
        if (!_schemas.TryGetValue(relativePath, out var schema))
        {
            problems.Add(new(prefix, _unusable.TryGetValue(relativePath, out var why)
                ? $"{relativePath} cannot be used: {why}"
                : $"the tree has no usable {relativePath}"));
            return;
        }

        IReadOnlyList<(string Pointer, string Message)> failures;
        try
        {
            failures = SchemaEvaluation.FailuresOf(schema, instance);
        }
        catch (Exception exception) when (exception is RefResolutionException or JsonSchemaException)
        {
            problems.Add(new(prefix, $"{relativePath} cannot be used: {exception.Message}"));
            return;
        }

        problems.AddRange(failures.Select(failure => new MessageProblem(prefix + failure.Pointer, failure.Message)));
    }
}
