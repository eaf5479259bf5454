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
    }
}
