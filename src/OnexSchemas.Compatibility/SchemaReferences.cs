using System.Text.Json;
using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility;

/// <summary>A <c>$ref</c> that leads nowhere.</summary>
/// <param name="Pointer">The JSON pointer of the <c>$ref</c> member, for example <c>/properties/p/$ref</c>.</param>
/// <param name="Reference">The reference as written.</param>
public sealed record UnresolvedReference(string Pointer, string Reference);

/// <summary>
/// Finds the references of a schema document that resolve to nothing, by the same URI rules both verdicts resolve
/// them with (the document, a subschema's <c>$id</c>, an anchor, then the resolver for other documents). A verdict
/// over a schema with such a reference would compare a hole; callers refuse the schema instead.
/// </summary>
public static class SchemaReferences
{
    /// <summary>Every reference of <paramref name="document"/> that does not resolve, in document order.</summary>
    /// <param name="document">The schema document.</param>
    /// <param name="resolver">Resolves references into other documents; without it, those count as unresolved.</param>
    /// <returns>The unresolved references.</returns>
    public static IReadOnlyList<UnresolvedReference> FindUnresolved(JsonElement document, SchemaResolver? resolver = null)
    {
        var unresolved = new List<UnresolvedReference>();
        Walk(document, DocumentScope.ForDocument(document, string.Empty), string.Empty, isSchema: true, resolver, unresolved);
        return unresolved;
    }

    private static void Walk(JsonElement element, DocumentScope scope, string pointer, bool isSchema, SchemaResolver? resolver, List<UnresolvedReference> unresolved)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var inner = isSchema ? scope.Enter(element) : scope;
                foreach (var member in element.EnumerateObject())
                {
                    var at = pointer + "/" + JsonPointer.Escape(member.Name);
                    if (isSchema && member.Name == "$ref" && member.Value.ValueKind == JsonValueKind.String)
                    {
                        var reference = member.Value.GetString()!;
                        if (!Resolves(reference, inner, resolver))
                        {
                            unresolved.Add(new UnresolvedReference(at, reference));
                        }

                        continue;
                    }

                    // Instances are not schemas, and their "$ref" members are data.
                    if (isSchema && SubschemaKeywords.HoldsInstances(member.Name))
                    {
                        continue;
                    }

                    if (isSchema && SubschemaKeywords.IsSchemaMap(member.Name) && member.Value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var entry in member.Value.EnumerateObject())
                        {
                            Walk(entry.Value, inner, at + "/" + JsonPointer.Escape(entry.Name), isSchema: true, resolver, unresolved);
                        }
                    }
                    else
                    {
                        Walk(member.Value, inner, at, isSchema, resolver, unresolved);
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, scope, pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), isSchema, resolver, unresolved);
                    index++;
                }

                break;
        }
    }

    private static bool Resolves(string reference, DocumentScope scope, SchemaResolver? resolver)
    {
        switch (LocalReference.Resolve(reference, scope, out _, out _, out _))
        {
            case LocalReferenceOutcome.Resolved:
                return true;
            case LocalReferenceOutcome.Missing:
                return false;
        }

        if (resolver is null)
        {
            return false;
        }

        if (resolver(scope.Root, reference) is not null)
        {
            return true;
        }

        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        return hash > 0 && resolver(scope.Root, reference[..hash]) is { } document && JsonPointer.Resolve(document, reference[(hash + 1)..]) is not null;
    }
}
