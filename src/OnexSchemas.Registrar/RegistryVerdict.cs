namespace OnexSchemas.Registrar;

/// <summary>The registry's own compatibility verdict on a schema for a subject, with its verbose messages.</summary>
/// <param name="IsCompatible">Whether the registry would accept the schema as the subject's next version.</param>
/// <param name="Messages">Why not, in the registry's words.</param>
public sealed record RegistryVerdict(bool IsCompatible, IReadOnlyList<string> Messages);
