using OnexSchemas.Compatibility;
using OnexSchemas.Registry;

namespace OnexSchemas.Registrar;

/// <summary>
/// The drift between the tree's registered forms and a registry, read only: subjects missing from the registry,
/// subjects only the registry has, latest versions that are not the tree's schema, and levels that differ.
/// </summary>
public static class RegistryDiff
{
    /// <summary>Compares; <paramref name="inScope"/> says which registry subjects the tree answers for (all by default).</summary>
    public static async Task<IReadOnlyList<Drift>> CompareAsync(RegistryConnection connection, IReadOnlyList<RegisteredForm> schemas, Func<string, bool>? inScope = null,
        RegistrarOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(schemas);
        inScope ??= _ => true;
        var concurrency = (options ?? new RegistrarOptions()).Concurrency;
        var found = new List<Drift>[schemas.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, schemas.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (index, token) => found[index] = await CompareOneAsync(connection, schemas[index], token));
        var drift = found.SelectMany(list => list).ToList();
        var tree = schemas.Select(schema => schema.Subject).ToHashSet(StringComparer.Ordinal);
        foreach (var subject in await connection.SubjectsAsync(cancellationToken))
        {
            if (!tree.Contains(subject) && inScope(subject))
            {
                drift.Add(new Drift(subject, DriftKind.Extra, "the registry has the subject; no topic of the tree registers it"));
            }
        }

        return drift.OrderBy(item => item.Subject, StringComparer.Ordinal).ThenBy(item => item.Kind).ToList();
    }

    private static async Task<List<Drift>> CompareOneAsync(RegistryConnection connection, RegisteredForm schema, CancellationToken cancellationToken)
    {
        var drift = new List<Drift>();
        var state = await SubjectState.ReadAsync(connection, schema, cancellationToken);
        if (!state.Lookup.SubjectExists)
        {
            drift.Add(new Drift(schema.Subject, DriftKind.Missing, $"the tree registers it from {schema.SourcePath}; the registry has no such subject"));
            return drift;
        }

        var latest = state.Latest is { } version ? $"version {version.Version} (id {version.Id})" : "version";
        if (state.Lookup.Match is null)
        {
            drift.Add(new Drift(schema.Subject, DriftKind.Differs, $"the registry's latest {latest} is not the schema of {schema.SourcePath}, nor is any earlier one"));
        }
        else if (state.HoldsTheSchemaBehindTheLatest)
        {
            drift.Add(new Drift(schema.Subject, DriftKind.Differs, $"the schema of {schema.SourcePath} is version {state.Lookup.Match.Version}; the registry's latest is {latest}"));
        }

        if (state.Level != schema.Level)
        {
            drift.Add(new Drift(schema.Subject, DriftKind.LevelDiffers,
                $"the tree config says {schema.Level.ToRegistryName()}; the registry has {(state.Level is { } registered ? registered.ToRegistryName() : "no subject level (it follows the global level)")}"));
        }

        return drift;
    }
}
