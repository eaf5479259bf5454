using OnexSchemas.Compatibility;
using OnexSchemas.Registry;

namespace OnexSchemas.Registrar;

/// <summary>
/// What the registry holds for one subject of the tree, read without writing: its own level, the version holding
/// the tree's schema, and its latest version. The plan and the drift both judge from it.
/// </summary>
/// <param name="Level">The subject's own level; null when it has none.</param>
/// <param name="Lookup">The lookup of the tree's schema under the subject.</param>
/// <param name="Latest">The subject's latest version; null when the subject does not exist.</param>
internal sealed record SubjectState(CompatibilityLevel? Level, RegistryLookup Lookup, RegistryVersion? Latest)
{
    /// <summary>Whether the tree's schema is the subject's latest version.</summary>
    public bool HoldsTheSchemaAsLatest => Lookup.Match is { } match && (Latest is null || Latest.Version == match.Version);

    /// <summary>Whether the tree's schema is an earlier version than the latest: the tree went back.</summary>
    public bool HoldsTheSchemaBehindTheLatest => Lookup.Match is { } match && Latest is not null && Latest.Version != match.Version;

    public static async Task<SubjectState> ReadAsync(RegistryConnection connection, RegisteredForm schema, CancellationToken cancellationToken)
    {
        var level = await connection.LevelAsync(schema.Subject, cancellationToken);
        var lookup = await connection.LookupAsync(schema.Subject, schema.SchemaType, schema.Schema, cancellationToken);
        var latest = lookup.SubjectExists ? await connection.GetAsync(schema.Subject, null, cancellationToken) : null;
        return new SubjectState(level, lookup, latest);
    }
}
