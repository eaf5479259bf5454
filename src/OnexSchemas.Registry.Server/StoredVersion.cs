namespace OnexSchemas.Registry.Server;

/// <summary>One version of a subject.</summary>
internal sealed record StoredVersion(string Subject, int Version, int SchemaId, bool Deleted);
