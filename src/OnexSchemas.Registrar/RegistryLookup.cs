namespace OnexSchemas.Registrar;

/// <summary>What a lookup of one schema under one subject found.</summary>
/// <param name="SubjectExists">Whether the subject has any live version.</param>
/// <param name="Match">The subject's version holding exactly this schema, if any.</param>
public sealed record RegistryLookup(bool SubjectExists, RegistryVersion? Match);
