using System.Text.Json;
using System.Text.Json.Nodes;
using OnexSchemas.Json;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Registry;

/// <summary>
/// The JSON Schema registered for a topic: one self-contained document, the envelope with <c>payload</c> replaced by
/// the topic's schema and <c>event_type</c> fixed to the topic, the topic's <c>definitions</c> beside the envelope's.
/// Tool metadata (<c>x-…</c> members, <c>examples</c>) is removed from every schema object, and the text is
/// canonical.
/// </summary>
/// <remarks>
/// One bundle rather than the envelope and shared parts as subjects of their own: registries differ in how they
/// follow JSON Schema references across subjects (Redpanda resolves them only since 2026, and its checker merges a
/// <c>$ref</c>'s siblings), while a bundle is judged the same everywhere, registers in one call, and needs no order.
/// </remarks>
public sealed class JsonRegisteredFormBuilder : IRegisteredFormBuilder
{
    /// <summary>The member of the envelope the topic's schema is bound to.</summary>
    public const string PayloadMember = "payload";

    /// <summary>The envelope member fixed to the topic's name.</summary>
    public const string EventTypeMember = "event_type";

    // Members of a topic's root that describe the file, not the payload.
    private static readonly string[] DocumentMembers = ["$schema", "$id", "definitions"];

    /// <inheritdoc />
    public RegistrySchemaType SchemaType => RegistrySchemaType.Json;

    /// <inheritdoc />
    public RegisteredForm? Build(TopicSchema topic, SchemaDocument envelope, ICollection<RegisteredFormProblem> problems)
    {
        var start = problems.Count;
        var source = topic.Document;
        if (source.Root.ValueKind != JsonValueKind.Object || envelope.Root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new RegisteredFormProblem(source.RelativePath, string.Empty, "a topic schema and the envelope must be JSON objects to be registered"));
            return null;
        }

        var bundle = JsonNode.Parse(envelope.Root.GetRawText())!.AsObject();
        var payload = JsonNode.Parse(source.Root.GetRawText())!.AsObject();
        RebaseReferences(source, payload, problems);

        var definitions = bundle["definitions"] as JsonObject ?? new JsonObject();
        if (payload["definitions"] is JsonObject own)
        {
            foreach (var (name, definition) in own.ToList())
            {
                if (definitions.ContainsKey(name))
                {
                    problems.Add(new RegisteredFormProblem(source.RelativePath, JsonPointerText.Append("/definitions", name),
                        $"definition '{name}' is also a definition of the envelope ({envelope.RelativePath}); rename it, since both share one document when registered"));
                    continue;
                }

                own.Remove(name);
                definitions[name] = definition;
            }
        }

        foreach (var member in DocumentMembers)
        {
            payload.Remove(member);
        }

        if (bundle["properties"] is not JsonObject properties || !properties.ContainsKey(PayloadMember) || properties[EventTypeMember] is not JsonObject eventType)
        {
            problems.Add(new RegisteredFormProblem(envelope.RelativePath, "/properties",
                $"the envelope must declare '{PayloadMember}' and '{EventTypeMember}' under properties to bind a topic's payload to it"));
            return null;
        }

        if (problems.Count > start)
        {
            return null;
        }

        properties[PayloadMember] = payload;
        eventType["const"] = topic.Name.Value;
        bundle.Remove("$id");
        bundle["title"] = payload["title"]?.DeepClone() ?? topic.Name.Value;
        bundle["description"] = $"The {topic.Name.Value} message: the OnexSchemas envelope ({envelope.RelativePath}) with its payload bound to {source.RelativePath}.";
        if (definitions.Count > 0)
        {
            bundle["definitions"] = definitions;
        }

        StripToolMetadata(bundle);
        return new RegisteredForm(SubjectName.ForValue(topic.Name.Value), topic.Name, SchemaType, CanonicalJson.Write(bundle), topic.Settings.Compatibility, source.RelativePath);
    }

    // The payload moves from the document root to /properties/payload; its references to its own definitions keep
    // working (the definitions move to the root with it), a pointer anywhere else follows it down, and a reference to
    // another document cannot be bundled.
    private static void RebaseReferences(SchemaDocument source, JsonObject payload, ICollection<RegisteredFormProblem> problems)
    {
        foreach (var schema in SubSchemaWalker.Walk(source.Root))
        {
            if (!schema.Element.TryGetProperty("$ref", out var reference) || reference.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var text = reference.GetString()!;
            var at = JsonPointerText.Append(schema.Pointer, "$ref");
            if (!text.StartsWith('#'))
            {
                problems.Add(new RegisteredFormProblem(source.RelativePath, at,
                    $"$ref '{text}' names another document; the registered form is one self-contained document, so copy what it needs under 'definitions' and refer to '#/definitions/…'"));
                continue;
            }

            if (text.StartsWith("#/definitions/", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Navigate(payload, schema.Pointer);
            if (target is not null)
            {
                target["$ref"] = text.Length == 1 ? "#/properties/" + PayloadMember : "#/properties/" + PayloadMember + text[1..];
            }
        }
    }

    private static void StripToolMetadata(JsonObject bundle)
    {
        using var document = JsonDocument.Parse(bundle.ToJsonString());
        var pointers = SubSchemaWalker.Walk(document.RootElement).Select(schema => schema.Pointer).ToList();

        // Deepest first, so removing from one schema never moves another one still to visit.
        foreach (var pointer in pointers.OrderByDescending(pointer => pointer.Length))
        {
            if (Navigate(bundle, pointer) is not { } schema)
            {
                continue;
            }

            foreach (var name in schema.Select(member => member.Key).Where(IsToolMetadata).ToList())
            {
                schema.Remove(name);
            }
        }
    }

    private static bool IsToolMetadata(string member) => member == "examples" || member.StartsWith("x-", StringComparison.Ordinal);

    private static JsonObject? Navigate(JsonObject root, string pointer)
    {
        JsonNode? current = root;
        if (pointer.Length == 0)
        {
            return root;
        }

        foreach (var raw in pointer[1..].Split('/'))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current switch
            {
                JsonObject obj => obj[token],
                JsonArray array when int.TryParse(token, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
        }

        return current as JsonObject;
    }
}
