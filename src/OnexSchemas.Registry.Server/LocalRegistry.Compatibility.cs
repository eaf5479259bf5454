using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OnexSchemas.Compatibility;

namespace OnexSchemas.Registry.Server;

/// <summary>Compatibility: the check a client asks for, and the one every registration passes.</summary>
public sealed partial class LocalRegistry
{
    private void MapCompatibility() =>
        _app.MapPost("/compatibility/subjects/{subject}/versions/{version}", TestCompatibility);

    private async Task TestCompatibility(HttpContext context, string subject, string version)
    {
        var name = Unescape(subject);

        // A subject with no version: Redpanda answers 40402 (no such version), Confluent 40401.
        if (_options.Profile == RegistryProfile.Redpanda && _store.Versions(name, includeDeleted: false).Count == 0)
        {
            _ = VersionNumber(version);
            throw RegistryError.VersionNotFound(version);
        }

        var against = Resolve(name, version, includeDeleted: false);
        var verbose = Flag(context, "verbose");
        var submission = await Submission(context);
        // Redpanda judges a transitive level against every version up to the one named; Confluent against that one.
        var versions = _options.Profile == RegistryProfile.Redpanda && LevelOf(name).IsTransitive()
            ? _store.Versions(name, includeDeleted: false).Where(candidate => candidate.Version <= against.Version).ToList()
            : [against];
        var result = Judge(name, versions, submission);
        await Write(context, 200, json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("is_compatible", result.IsCompatible);
            if (verbose)
            {
                json.WriteStartArray("messages");
                foreach (var message in result.Messages)
                {
                    json.WriteStringValue(message);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        });
    }

    // Runs inside the store's transaction: the update is judged against the versions it will follow.
    private void Admit(string subject, IReadOnlyList<StoredVersion> earlier, SchemaSubmission update)
    {
        if (earlier.Count == 0)
        {
            return;
        }

        var result = Judge(subject, earlier, update);
        if (result.Refusal is { } refusal)
        {
            throw SchemaIntake.Invalid(_options.Profile, refusal.Message);
        }

        if (!result.IsCompatible)
        {
            throw RegistryError.Incompatible(subject, result.Messages);
        }
    }

    // The project's checker and nothing else, at the subject's level; earlier versions come parsed from the cache,
    // and references resolve through the store.
    private CompatibilityResult Judge(string subject, IReadOnlyList<StoredVersion> earlier, SchemaSubmission update)
    {
        var schemas = earlier.Select(version => _cache.Get(version.SchemaId)!).ToList();
        var resolver = schemas.All(cached => cached.Schema.References.Count == 0) && update.References.Count == 0
            ? null
            : _linker.Link(schemas.Select(cached => (cached.Root, cached.Schema.References)).Append((update.Root, update.References)), _options.Profile);
        return new CompatibilityChecker(resolver, _options.Profile).Check(schemas.Select(cached => cached.Root).ToList(), update.Root, LevelOf(subject));
    }
}
