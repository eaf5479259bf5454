using System.Text.Json;
using OnexSchemas.Compatibility;

namespace OnexSchemas.Registry.Server;

/// <summary>
/// Links schemas to the subject versions their schema references name, and resolves a <c>$ref</c> by a reference's
/// name to the referenced schema, transitively, from the store and never from the network.
/// </summary>
internal sealed class ReferenceLinker(RegistryStore store, SchemaCache cache)
{
    /// <summary>A resolver over the documents and everything they reference; a reference to nothing live is refused.</summary>
    public SchemaResolver Link(IEnumerable<(JsonElement Root, IReadOnlyList<StoredReference> References)> documents, RegistryProfile profile)
    {
        var names = new List<(JsonElement Root, Dictionary<string, JsonElement> Targets)>();
        foreach (var (root, references) in documents)
        {
            Add(root, references, names, profile);
        }

        return (document, reference) =>
        {
            var name = reference.EndsWith('#') ? reference[..^1] : reference;
            foreach (var (root, targets) in names)
            {
                if (root.Equals(document))
                {
                    return targets.TryGetValue(name, out var target) ? target : null;
                }
            }

            return null;
        };
    }

    /// <summary>The live version a reference names.</summary>
    public StoredVersion? Target(StoredReference reference) =>
        store.Versions(reference.Subject, includeDeleted: false).FirstOrDefault(version => version.Version == reference.Version);

    private void Add(JsonElement root, IReadOnlyList<StoredReference> references, List<(JsonElement Root, Dictionary<string, JsonElement> Targets)> names, RegistryProfile profile)
    {
        if (names.Any(entry => entry.Root.Equals(root)))
        {
            return;
        }

        var targets = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        names.Add((root, targets));
        foreach (var reference in references)
        {
            var version = Target(reference) ?? throw SchemaIntake.Invalid(profile,
                $"Invalid schema: the reference '{reference.Name}' names subject '{reference.Subject}' version {reference.Version}, which does not exist");
            var target = cache.Get(version.SchemaId)!;
            targets[reference.Name] = target.Root;
            Add(target.Root, target.Schema.References, names, profile);
        }
    }
}
