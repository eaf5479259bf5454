using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OnexSchemas.Registry.Server;

/// <summary>
/// Writes the registry's JSON responses straight to the response body with a <see cref="Utf8JsonWriter"/>: no
/// serializer, so no reflection per request. The content type is the registry's own.
/// </summary>
internal static class RegistryJson
{
    public const string ContentType = "application/vnd.schemaregistry.v1+json";

    public static async Task Write(HttpResponse response, int status, Action<Utf8JsonWriter> write)
    {
        response.StatusCode = status;
        response.ContentType = ContentType;
        await using var json = new Utf8JsonWriter(response.Body);
        write(json);
        await json.FlushAsync();
    }

    public static Task Error(HttpResponse response, RegistryError error) => Write(response, error.Status, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("error_code", error.Code);
        json.WriteString("message", error.Message);
        json.WriteEndObject();
    });

    public static void SchemaFields(Utf8JsonWriter json, StoredSchema schema)
    {
        json.WriteString("schemaType", schema.SchemaType.ToRegistryName());
        json.WriteString("schema", schema.Text);
        if (schema.References.Count == 0)
        {
            return; // as both registries answer: no "references" member when there are none
        }

        json.WriteStartArray("references");
        foreach (var reference in schema.References)
        {
            json.WriteStartObject();
            json.WriteString("name", reference.Name);
            json.WriteString("subject", reference.Subject);
            json.WriteNumber("version", reference.Version);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void Numbers(Utf8JsonWriter json, IEnumerable<int> numbers)
    {
        json.WriteStartArray();
        foreach (var number in numbers)
        {
            json.WriteNumberValue(number);
        }

        json.WriteEndArray();
    }

    // The schema's own text as the body: /schemas/ids/{id}/schema and /subjects/{s}/versions/{v}/schema.
    public static async Task Raw(HttpResponse response, string text)
    {
        response.StatusCode = 200;
        response.ContentType = ContentType;
        await response.WriteAsync(text);
    }
}
