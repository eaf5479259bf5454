namespace OnexSchemas.Registry.Server;

/// <summary>A schema reference: the name a <c>$ref</c> uses, and the subject version it names.</summary>
internal sealed record StoredReference(string Name, string Subject, int Version);
