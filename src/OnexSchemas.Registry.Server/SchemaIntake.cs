using System.Text.Json;
using OnexSchemas.Compatibility;
using OnexSchemas.Linting;

namespace OnexSchemas.Registry.Server;

/// <summary>
/// Reads a schema a client sends (register, lookup, compatibility) as the registries do: the body
/// <c>{"schema", "schemaType", "references", …}</c> with unknown members and <c>"metadata": null</c> tolerated; the
/// schema valid for its draft's meta-schema; no <c>$ref</c> outside the document (remote references are never
/// fetched). The stored text is the schema compacted, or with members sorted when the client asks to normalize.
/// </summary>
internal static class SchemaIntake
{
    public static (RegistrySchemaType Type, string Text, JsonDocument Document) Read(ReadOnlySpan<byte> body, bool normalize, RegistryProfile profile)
    {
        JsonDocument request;
        try
        {
            request = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException exception)
        {
            throw Invalid(profile, $"Malformed request body: {exception.Message.Split(" Path:")[0]}");
        }

        using (request)
        {
            var root = request.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schemaMember) || schemaMember.ValueKind != JsonValueKind.String
                || schemaMember.GetString() is not { Length: > 0 } schemaText)
            {
                throw Invalid(profile, "Empty schema: the body must be an object whose \"schema\" is the schema's text");
            }

            // A missing schemaType means AVRO, as in every registry.
            var typeName = root.TryGetProperty("schemaType", out var declared) && declared.ValueKind == JsonValueKind.String ? declared.GetString() : "AVRO";
            if (!RegistrySchemaTypes.TryParse(typeName, out var type))
            {
                throw Invalid(profile, $"Invalid schema type '{typeName}': this registry stores {string.Join(", ", RegistrySchemaTypes.All.Select(known => known.ToRegistryName()))}");
            }

            if (root.TryGetProperty("references", out var references) && references.ValueKind == JsonValueKind.Array && references.GetArrayLength() > 0)
            {
                throw Invalid(profile, "Schema references are not supported by this registry yet; register one self-contained schema");
            }

            JsonDocument schema;
            try
            {
                schema = JsonDocument.Parse(schemaText);
            }
            catch (JsonException exception)
            {
                throw Invalid(profile, $"Invalid schema: not JSON ({exception.Message.Split(" Path:")[0]})");
            }

            if (schema.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
            {
                schema.Dispose();
                throw Invalid(profile, "Invalid schema: a JSON Schema is an object or a boolean");
            }

            var failures = MetaSchemaCheck.MetaSchemaFor(schema.RootElement) is { } metaSchema ? MetaSchemaCheck.Failures(metaSchema, schema.RootElement).Take(1).ToList() : [];
            if (failures.Count > 0)
            {
                schema.Dispose();
                throw Invalid(profile, $"Invalid schema: '{MetaSchemaCheck.Display(failures[0].Pointer)}' is not valid for its draft: {failures[0].Message}");
            }

            if (SchemaReferences.FindUnresolved(schema.RootElement).FirstOrDefault() is { } unresolved)
            {
                schema.Dispose();
                throw Invalid(profile, $"Invalid schema: $ref '{unresolved.Reference}' at '{MetaSchemaCheck.Display(unresolved.Pointer)}' does not resolve inside the schema; remote references are never fetched");
            }

            var text = normalize ? CanonicalJson.Write(schema.RootElement) : CanonicalJson.Compact(schema.RootElement);
            return (type, text, schema);
        }
    }

    /// <summary>Invalid input: 422 with Redpanda's error code 422, or Confluent's 42201.</summary>
    public static RegistryError Invalid(RegistryProfile profile, string message) =>
        new(422, profile == RegistryProfile.Redpanda ? 422 : 42201, message);
}
