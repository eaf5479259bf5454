namespace OnexSchemas.Registrar;

/// <summary>One version of a subject as the registry holds it.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Version">The version number.</param>
/// <param name="Id">The schema's id, shared by every subject that holds the same schema.</param>
/// <param name="SchemaType">The registry's schema type name, for example <c>JSON</c>.</param>
/// <param name="Schema">The schema's text as stored.</param>
public sealed record RegistryVersion(string Subject, int Version, int Id, string SchemaType, string Schema);
