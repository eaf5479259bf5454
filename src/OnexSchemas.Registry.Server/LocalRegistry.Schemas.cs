using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OnexSchemas.Registry.Server;

/// <summary>Schemas by id, what holds them, and the schema types.</summary>
public sealed partial class LocalRegistry
{
    private void MapSchemas()
    {
        _app.MapGet("/schemas/types", (HttpContext context) => Write(context, 200, json =>
        {
            json.WriteStartArray();
            foreach (var type in RegistrySchemaTypes.All)
            {
                json.WriteStringValue(type.ToRegistryName());
            }

            json.WriteEndArray();
        }));
        // Each answer is found before the response starts: an unknown id must still get its 404.
        _app.MapGet("/schemas/ids/{id}", (HttpContext context, string id) =>
        {
            var schema = SchemaById(id);
            return Write(context, 200, json =>
            {
                json.WriteStartObject();
                RegistryJson.SchemaFields(json, schema);
                json.WriteEndObject();
            });
        });
        _app.MapGet("/schemas/ids/{id}/schema", (HttpContext context, string id) => RegistryJson.Raw(context.Response, SchemaById(id).Text));
        _app.MapGet("/schemas/ids/{id}/subjects", (HttpContext context, string id) =>
        {
            var versions = _store.VersionsOf(SchemaById(id).Id, Flag(context, "deleted"));
            return Write(context, 200, json =>
            {
                json.WriteStartArray();
                foreach (var subject in versions.Select(version => version.Subject).Distinct())
                {
                    json.WriteStringValue(subject);
                }

                json.WriteEndArray();
            });
        });
        _app.MapGet("/schemas/ids/{id}/versions", (HttpContext context, string id) =>
        {
            var versions = _store.VersionsOf(SchemaById(id).Id, Flag(context, "deleted"));
            return Write(context, 200, json =>
            {
                json.WriteStartArray();
                foreach (var version in versions)
                {
                    json.WriteStartObject();
                    json.WriteString("subject", version.Subject);
                    json.WriteNumber("version", version.Version);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        });

        // The .NET serializers ask which subject a topic is associated with before falling back to {topic}-value.
        _app.MapGet("/associations/resources/{ns}/{name}", (HttpContext context) => Write(context, 200, json =>
        {
            json.WriteStartArray();
            json.WriteEndArray();
        }));
    }

    private StoredSchema SchemaById(string id)
    {
        var schema = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? _cache.Get(number)?.Schema : null;
        return schema ?? throw RegistryError.SchemaIdNotFound(number);
    }
}
