using System.Text.Json;
using OnexSchemas.Compatibility;
using OnexSchemas.Linting;

namespace OnexSchemas.Registry.Server;

/// <summary>
/// Reads a schema a client sends (register, lookup, compatibility) as the registries do: the body
/// <c>{"schema", "schemaType", "references", …}</c> with unknown members and <c>"metadata": null</c> tolerated; the
/// schema valid for its draft's meta-schema; every <c>$ref</c> resolved inside the document or through the schema
/// references to registered subject versions (remote references are never fetched). The stored text is the schema
/// compacted, or with members sorted when the client asks to normalize.
/// </summary>
internal static class SchemaIntake
{
    /// <param name="body">The request body.</param>
    /// <param name="normalize">Whether the client asked to normalize.</param>
    /// <param name="profile">Whose error codes to answer with.</param>
    /// <param name="references">Checks that the references name live subject versions and resolves them.</param>
    public static SchemaSubmission Read(ReadOnlySpan<byte> body, bool normalize, RegistryProfile profile, ReferenceLinker references)
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
            var typeName = root.TryGetProperty("schemaType", out var declaredType) && declaredType.ValueKind == JsonValueKind.String ? declaredType.GetString() : "AVRO";
            if (!RegistrySchemaTypes.TryParse(typeName, out var type))
            {
                throw Invalid(profile, $"Invalid schema type '{typeName}': this registry stores {string.Join(", ", RegistrySchemaTypes.All.Select(known => known.ToRegistryName()))}");
            }

            var declared = ReadReferences(root, profile);
            var importId = OptionalNumber(root, "id", profile);
            var importVersion = OptionalNumber(root, "version", profile);

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

            var element = schema.RootElement.Clone();
            schema.Dispose();
            var resolver = references.Link([(element, declared)], profile);
            if (SchemaReferences.FindUnresolved(element, resolver).FirstOrDefault() is { } unresolved)
            {
                throw Invalid(profile, $"Invalid schema: $ref '{unresolved.Reference}' at '{MetaSchemaCheck.Display(unresolved.Pointer)}' does not resolve inside the schema or " +
                    "to one of its schema references; remote references are never fetched");
            }

            var text = normalize ? CanonicalJson.Write(element) : CanonicalJson.Compact(element);
            return new SchemaSubmission(type, text, element, declared, resolver, importId, importVersion);
        }
    }

    private static List<StoredReference> ReadReferences(JsonElement root, RegistryProfile profile)
    {
        var declared = new List<StoredReference>();
        if (!root.TryGetProperty("references", out var references) || references.ValueKind == JsonValueKind.Null)
        {
            return declared;
        }

        if (references.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(profile, "Invalid references: \"references\" must be an array of {\"name\", \"subject\", \"version\"}");
        }

        foreach (var reference in references.EnumerateArray())
        {
            if (reference.ValueKind != JsonValueKind.Object
                || !reference.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() is not { Length: > 0 } nameText
                || !reference.TryGetProperty("subject", out var subject) || subject.ValueKind != JsonValueKind.String || subject.GetString() is not { Length: > 0 } subjectText
                || !reference.TryGetProperty("version", out var version) || !version.TryGetInt32(out var versionNumber) || versionNumber < 1)
            {
                throw Invalid(profile, $"Invalid reference {reference.GetRawText()}: each needs a \"name\", a \"subject\" and a \"version\" from 1");
            }

            if (declared.Any(existing => existing.Name == nameText))
            {
                throw Invalid(profile, $"Invalid references: the name '{nameText}' is given twice");
            }

            declared.Add(new StoredReference(nameText, subjectText, versionNumber));
        }

        return declared;
    }

    // The .NET client sends "id" and "version" as null or absent; a number is honoured in IMPORT mode only.
    private static int? OptionalNumber(JsonElement root, string name, RegistryProfile profile)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.TryGetInt32(out var number) && number >= 1 ? number : throw Invalid(profile, $"Invalid \"{name}\": {value.GetRawText()} is not a number from 1");
    }

    /// <summary>Invalid input: 422 with Redpanda's error code 422, or Confluent's 42201.</summary>
    public static RegistryError Invalid(RegistryProfile profile, string message) =>
        new(422, profile == RegistryProfile.Redpanda ? 422 : 42201, message);
}
