using System.Collections.Concurrent;
using System.Text.Json;

namespace OnexSchemas.Registry.Server;

/// <summary>
/// Stored schemas parsed once, by id: a schema never changes under its id, so the checker's documents for earlier
/// versions and references are parsed on first use and kept.
/// </summary>
internal sealed class SchemaCache
{
    private readonly ConcurrentDictionary<int, JsonElement> _roots = new();

    public JsonElement Root(StoredSchema schema) => _roots.GetOrAdd(schema.Id, static (_, text) =>
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }, schema.Text);
}
