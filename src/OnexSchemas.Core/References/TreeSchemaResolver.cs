using System.Text.Json;
using OnexSchemas.Model;

namespace OnexSchemas.References;

/// <summary>
/// Lets the compatibility engine follow <c>$ref</c>s into other files of the trees being compared, with the core's
/// resolver: the same rules as lint (inside the root, never fetched). The engine asks for whole documents and resolves
/// the pointer itself, so that references inside the target resolve against the target's own file.
/// </summary>
public sealed class TreeSchemaResolver
{
    private readonly List<(SchemaDocument Document, ReferenceResolver Resolver)> _documents = [];

    /// <summary>Resolves references between the documents of <paramref name="trees"/>.</summary>
    public TreeSchemaResolver(params SchemaTree[] trees)
    {
        foreach (var tree in trees)
        {
            var resolver = new ReferenceResolver(tree);
            _documents.AddRange(tree.Documents.Select(document => (document, resolver)));
        }
    }

    /// <summary>The whole document <paramref name="reference"/> names, from <paramref name="document"/> (a root of one of the trees); null otherwise.</summary>
    public JsonElement? Resolve(JsonElement document, string reference)
    {
        var hash = reference.IndexOf('#');
        if (hash >= 0 && hash < reference.Length - 1)
        {
            return null; // a pointer: the engine resolves the file first, then the pointer within it
        }

        foreach (var (candidate, resolver) in _documents)
        {
            if (!Same(candidate.Root, document))
            {
                continue;
            }

            var resolution = resolver.Resolve(candidate, reference);
            return resolution.Succeeded && resolution.TargetPointer.Length == 0 ? resolution.TargetDocument!.Root : null;
        }

        return null;
    }

    // Two roots are the same document when they are the same value of the same parsed document.
    private static bool Same(JsonElement left, JsonElement right) =>
        left.ValueKind == right.ValueKind && left.Equals(right);
}
