using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Json.Schema;
using Omninode.Events;

namespace OnexSchemas.Build.Tests.Differential;

/// <summary>What JsonSchema.Net says of an instance: valid or not, and where it found errors.</summary>
internal sealed record OracleVerdict(bool IsValid, IReadOnlyList<(string Location, string Error)> Errors)
{
    public override string ToString() => IsValid
        ? "valid"
        : "invalid: " + string.Join("; ", Errors.Select(error => $"{(error.Location.Length == 0 ? "/" : error.Location)}: {error.Error}"));
}

/// <summary>What the generated code says: deserialized (or the JsonException), then the errors of Validate().</summary>
internal sealed record OurVerdict(bool IsValid, string? Exception, IReadOnlyList<OnexValidationError> Errors)
{
    public override string ToString() => Exception is not null
        ? "refused on read: " + Exception
        : Errors.Count == 0 ? "valid" : "invalid: " + string.Join("; ", Errors);
}

/// <summary>The conformant validator's verdict for a schema, possibly with members checked by further schemas.</summary>
internal sealed class Oracle
{
    private static readonly EvaluationOptions Flag = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.Flag };
    private static readonly EvaluationOptions List = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };
    private readonly JsonSchema _schema;
    private readonly IReadOnlyList<(string Member, JsonSchema Schema)> _members;

    private Oracle(JsonSchema schema, IReadOnlyList<(string, JsonSchema)> members)
    {
        _schema = schema;
        _members = members;
    }

    /// <summary>The oracle for one schema document.</summary>
    public static Oracle For(JsonElement schema) => new(Compile(schema), []);

    /// <summary>
    /// The envelope's oracle for one topic, the message as it travels: the envelope schema, the topic schema for its
    /// payload, and the topic's <c>event_type</c> and major <c>version</c> (which the registered form fixes too).
    /// </summary>
    public static Oracle ForEnvelope(JsonElement envelope, OnexSchemas.Model.TopicSchema topic)
    {
        var (eventType, version) = TopicMembers(topic);
        return new(Compile(envelope), [("payload", Compile(topic.Document.Root)), ("event_type", Compile(eventType)), ("version", Compile(version))]);
    }

    /// <summary>A topic's <c>event_type</c> (its name) and <c>version</c> (of its major), as schemas.</summary>
    public static (JsonElement EventType, JsonElement Version) TopicMembers(OnexSchemas.Model.TopicSchema topic)
    {
        var major = topic.Name.Major.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (
            JsonDocument.Parse($$"""{"type":"string","enum":["{{topic.Name.Value}}"]}""").RootElement,
            JsonDocument.Parse($$"""{"type":"string","pattern":"^{{major}}\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"}""").RootElement);
    }

    public bool IsValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        return _schema.Evaluate(document.RootElement, Flag).IsValid
            && (document.RootElement.ValueKind != JsonValueKind.Object
                || _members.All(member => !document.RootElement.TryGetProperty(member.Member, out var value) || member.Schema.Evaluate(value, Flag).IsValid));
    }

    /// <summary>The full verdict with error locations (slower; for reports and for checking our locations).</summary>
    public OracleVerdict Verdict(string json)
    {
        using var document = JsonDocument.Parse(json);
        var errors = new List<(string, string)>();
        var valid = Collect(_schema.Evaluate(document.RootElement, List), string.Empty, errors);
        foreach (var member in _members)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(member.Member, out var value))
            {
                valid &= Collect(member.Schema.Evaluate(value, List), "/" + member.Member, errors);
            }
        }

        return new OracleVerdict(valid, errors);
    }

    private static bool Collect(EvaluationResults results, string prefix, List<(string, string)> errors)
    {
        foreach (var unit in new[] { results }.Concat(results.Details ?? []))
        {
            foreach (var (_, error) in unit.Errors ?? new Dictionary<string, string>())
            {
                errors.Add((prefix + unit.InstanceLocation, error));
            }
        }

        return results.IsValid;
    }

    // A private registry per schema: the global one refuses a second schema with the same $id.
    private static JsonSchema Compile(JsonElement schema) => JsonSchema.FromText(schema.GetRawText(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}

/// <summary>Our side: System.Text.Json with the generated context, then the generated <c>Validate()</c>.</summary>
internal static class Ours
{
    public static OurVerdict Verdict(string json, JsonTypeInfo typeInfo)
    {
        object? value;
        try
        {
            value = JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException exception)
        {
            return new OurVerdict(false, exception.Message, []);
        }

        if (value is null)
        {
            // The JSON null: there is no record to validate.
            return new OurVerdict(false, "the JSON null deserializes to no record", []);
        }

        var errors = new List<OnexValidationError>();
        ((IOnexValidatable)value).Validate(string.Empty, errors);
        return new OurVerdict(errors.Count == 0, null, errors);
    }
}

/// <summary>Resolves JSON pointers (RFC 6901) in an instance.</summary>
internal static class Pointers
{
    /// <summary>True when <paramref name="pointer"/> names a value in <paramref name="root"/> (null values included).</summary>
    public static bool Exists(JsonNode? root, string pointer) => Tokens(pointer) is { } tokens && Walk(root, tokens, out _);

    /// <summary>True when the pointer's parent exists and is an object without the last token: a missing member.</summary>
    public static bool IsMissingMember(JsonNode? root, string pointer) =>
        Tokens(pointer) is { Count: > 0 } tokens && Walk(root, tokens.Take(tokens.Count - 1).ToList(), out var parent)
        && parent is JsonObject json && !json.ContainsKey(tokens[^1]);

    private static List<string>? Tokens(string pointer)
    {
        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            return null;
        }

        return pointer[1..].Split('/').Select(token => token.Replace("~1", "/").Replace("~0", "~")).ToList();
    }

    private static bool Walk(JsonNode? node, IReadOnlyList<string> tokens, out JsonNode? found)
    {
        found = node;
        foreach (var token in tokens)
        {
            switch (found)
            {
                case JsonObject json when json.TryGetPropertyValue(token, out var child):
                    found = child;
                    break;
                case JsonArray array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < array.Count && (token == "0" || token[0] != '0'):
                    found = array[index];
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
