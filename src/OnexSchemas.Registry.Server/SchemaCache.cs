using System.Collections.Concurrent;
using System.Text.Json;

namespace OnexSchemas.Registry.Server;

/// <summary>
/// Stored schemas by id, read from the store and parsed once: a schema never changes under its id, so the
/// checker's earlier versions and references, and the reads of schemas by id or version, need neither the store
/// nor the parser again.
/// </summary>
internal sealed class SchemaCache(RegistryStore store)
{
    private readonly ConcurrentDictionary<int, CachedSchema> _schemas = new();

    /// <summary>The schema with the id, or null when there is none.</summary>
    public CachedSchema? Get(int id)
    {
        if (_schemas.TryGetValue(id, out var cached))
        {
            return cached;
        }

        if (store.Schema(id) is not { } stored)
        {
            return null;
        }

        using var document = JsonDocument.Parse(stored.Text);
        return _schemas.GetOrAdd(id, new CachedSchema(stored, document.RootElement.Clone()));
    }
}
