using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>How a <c>$ref</c> resolved against its own document.</summary>
internal enum LocalReferenceOutcome
{
    /// <summary>The target is in the document.</summary>
    Resolved,

    /// <summary>The reference names the document (or one of its resources) but the pointer or anchor leads nowhere.</summary>
    Missing,

    /// <summary>The reference names another document: the resolver's turn.</summary>
    Outside,
}

/// <summary>
/// Resolves a <c>$ref</c> inside its document through URIs, as JSON Schema says: against the base in force, to the
/// document itself, a subschema's <c>$id</c> or an anchor, then a JSON-pointer fragment inside that resource.
/// </summary>
internal static class LocalReference
{
    /// <summary>The cache key of a document's root, the one <c>"$ref": "#"</c> resolves to.</summary>
    public static string RootKey(DocumentScope scope) => scope.Key + "|" + SchemaIdIndex.Key(scope.Index.RootBase) + "#";

    /// <summary>Resolves <paramref name="reference"/> written in <paramref name="scope"/>.</summary>
    /// <param name="reference">The reference as written.</param>
    /// <param name="scope">The scope of the schema holding it.</param>
    /// <param name="target">The target, when resolved.</param>
    /// <param name="targetScope">The target's scope, when resolved.</param>
    /// <param name="key">A cache key naming the target, the same for every spelling of it.</param>
    /// <returns>Whether the target is in the document, missing from it, or in another document.</returns>
    public static LocalReferenceOutcome Resolve(string reference, DocumentScope scope, out JsonElement target, out DocumentScope targetScope, out string key)
    {
        target = default;
        targetScope = scope;
        key = scope.Key + "|" + reference;
        if (!Uri.TryCreate(scope.Base, reference, out var uri))
        {
            return LocalReferenceOutcome.Missing;
        }

        var rawFragment = uri.Fragment.Length > 0 ? uri.Fragment[1..] : string.Empty;
        var fragment = Uri.UnescapeDataString(rawFragment);
        var resourceUri = new UriBuilder(uri) { Fragment = string.Empty }.Uri;
        key = scope.Key + "|" + SchemaIdIndex.Key(resourceUri) + "#" + fragment;

        // A plain-name fragment is an anchor: the index holds it with its fragment.
        if (fragment.Length > 0 && fragment[0] != '/')
        {
            if (scope.Index.TryGet(uri, out var anchored, out var anchorOuter))
            {
                target = anchored;
                targetScope = scope.At(anchorOuter);
                return LocalReferenceOutcome.Resolved;
            }

            return scope.Index.TryGet(resourceUri, out _, out _) ? LocalReferenceOutcome.Missing : LocalReferenceOutcome.Outside;
        }

        if (!scope.Index.TryGet(resourceUri, out var resource, out var outer))
        {
            return LocalReferenceOutcome.Outside;
        }

        Uri? baseUri = outer;
        if (JsonPointer.Resolve(resource, rawFragment, ref baseUri) is not { } pointed)
        {
            return LocalReferenceOutcome.Missing;
        }

        target = pointed;
        targetScope = scope.At(baseUri!);
        return LocalReferenceOutcome.Resolved;
    }
}
