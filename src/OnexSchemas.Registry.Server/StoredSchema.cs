namespace OnexSchemas.Registry.Server;

/// <summary>A schema by its global id: identical schemas (text and references) share one id across subjects.</summary>
internal sealed record StoredSchema(int Id, RegistrySchemaType SchemaType, string Text, IReadOnlyList<StoredReference> References);
