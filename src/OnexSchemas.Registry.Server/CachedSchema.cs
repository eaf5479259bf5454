using System.Text.Json;

namespace OnexSchemas.Registry.Server;

/// <summary>A stored schema with its parsed root.</summary>
internal sealed record CachedSchema(StoredSchema Schema, JsonElement Root);
