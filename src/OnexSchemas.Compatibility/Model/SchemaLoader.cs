using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>
/// Turns a schema document into <see cref="SchemaNode"/>s the way the registry's loader does, so that the diff sees
/// the same structure the registry diffs: keyword groups become parts, several parts become a synthetic
/// <c>allOf</c>, a type list becomes an <c>anyOf</c>, and a <c>$ref</c> is replaced by its target (siblings of a
/// <c>$ref</c> are ignored, as in draft 7).
/// </summary>
internal sealed class SchemaLoader
{
    private const int MaxParts = 12;
    private readonly SchemaResolver? _resolver;
    private readonly bool _draft2020;
    private readonly Dictionary<string, SchemaNode> _refCache = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    private SchemaLoader(SchemaResolver? resolver, bool draft2020)
    {
        _resolver = resolver;
        _draft2020 = draft2020;
    }

    /// <summary>Loads a whole document.</summary>
    /// <param name="document">The schema document.</param>
    /// <param name="resolver">Resolves references outside the document, if given.</param>
    /// <returns>The root node.</returns>
    public static SchemaNode Load(JsonElement document, SchemaResolver? resolver)
    {
        var loader = new SchemaLoader(resolver, IsDraft2020(document));

        // Cached under the key "#" resolves to, so a recursive "$ref": "#" comes back to this very node, as it does
        // in the registry.
        var scope = DocumentScope.ForDocument(document, string.Empty);
        return loader.Load(document, scope, cacheKey: LocalReference.RootKey(scope));
    }

    private static bool IsDraft2020(JsonElement document) =>
        document.ValueKind == JsonValueKind.Object
        && document.TryGetProperty("$schema", out var dialect)
        && dialect.ValueKind == JsonValueKind.String
        && dialect.GetString() is { } uri
        && uri.Contains("2020-12", StringComparison.Ordinal);

    private SchemaNode Load(JsonElement element, DocumentScope scope, string? cacheKey)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.True:
                return Register(cacheKey, new SchemaNode(SchemaKind.Empty) { IsBooleanLiteral = true });
            case JsonValueKind.False:
                return Register(cacheKey, new SchemaNode(SchemaKind.False) { IsBooleanLiteral = true });
            case JsonValueKind.Object:
                return LoadObject(element, scope, cacheKey);
            default:
                // Not a schema; the registry would refuse it, the diff treats it as accepting everything.
                return Register(cacheKey, new SchemaNode(SchemaKind.Empty));
        }
    }

    private SchemaNode Register(string? cacheKey, SchemaNode node)
    {
        if (cacheKey is not null)
        {
            _refCache[cacheKey] = node;
        }

        return node;
    }

    private SchemaNode LoadObject(JsonElement element, DocumentScope scope, string? cacheKey)
    {
        scope = scope.Enter(element);
        var k = SchemaKeywords.Read(element);
        if (k.Ref.ValueKind == JsonValueKind.String)
        {
            return Register(cacheKey, ResolveReference(k.Ref.GetString()!, scope));
        }

        Span<SchemaPart> parts = stackalloc SchemaPart[MaxParts];
        var count = SchemaParts.Collect(in k, parts);
        SchemaNode node;
        if (count == 0)
        {
            node = new SchemaNode(SchemaKind.Empty);
        }
        else if (count == 1)
        {
            node = new SchemaNode(SchemaParts.KindOf(parts[0]));
        }
        else
        {
            node = new SchemaNode(SchemaKind.Combined) { Criterion = CombinedCriterion.AllOf };
        }

        // Registered before its children load, so a reference back to it closes a cycle instead of recursing.
        Register(cacheKey, node);
        if (count == 1)
        {
            Populate(node, parts[0], in k, scope);
        }
        else if (count > 1)
        {
            var subschemas = new SchemaNode[count];
            for (var i = 0; i < count; i++)
            {
                var part = new SchemaNode(SchemaParts.KindOf(parts[i]));
                Populate(part, parts[i], in k, scope);
                subschemas[i] = part;
            }

            node.Subschemas = subschemas;
        }

        AnnotationReader.Read(node, in k);
        return node;
    }

    private void Populate(SchemaNode node, SchemaPart part, in SchemaKeywords k, DocumentScope scope)
    {
        switch (part)
        {
            case SchemaPart.Enum:
                node.Values = JsonValues.EnumFrom(k.Enum);
                break;
            case SchemaPart.AllOf:
                node.Criterion = CombinedCriterion.AllOf;
                node.Subschemas = LoadDistinct(k.AllOf, scope);
                break;
            case SchemaPart.AnyOf:
                node.Criterion = CombinedCriterion.AnyOf;
                node.Subschemas = LoadDistinct(k.AnyOf, scope);
                break;
            case SchemaPart.OneOf:
                node.Criterion = CombinedCriterion.OneOf;
                node.Subschemas = LoadDistinct(k.OneOf, scope);
                break;
            case SchemaPart.Not:
                node.Negated = Load(k.Not, scope, cacheKey: null);
                break;
            case SchemaPart.Const:
                node.Values = JsonValues.ConstFrom(k.Const);
                break;
            case SchemaPart.TypeList:
                node.Criterion = CombinedCriterion.AnyOf;
                node.Subschemas = LoadTypeList(in k, scope);
                break;
            default:
                PopulateTyped(node, part == SchemaPart.TypeInteger, in k, scope);
                break;
        }
    }

    private SchemaNode[] LoadTypeList(in SchemaKeywords k, DocumentScope scope)
    {
        var nodes = new List<SchemaNode>(k.Type.GetArrayLength());
        foreach (var name in k.Type.EnumerateArray())
        {
            if (name.ValueKind == JsonValueKind.String && SchemaParts.TypePart(name.GetString()) is { } part)
            {
                var typed = new SchemaNode(SchemaParts.KindOf(part));
                PopulateTyped(typed, part == SchemaPart.TypeInteger, in k, scope);
                nodes.Add(typed);
            }
        }

        return [.. nodes];
    }

    private void PopulateTyped(SchemaNode node, bool requiresInteger, in SchemaKeywords k, DocumentScope scope)
    {
        switch (node.Kind)
        {
            case SchemaKind.String:
                node.String = new StringFacet
                {
                    MinLength = JsonValues.ReadInt(k.MinLength),
                    MaxLength = JsonValues.ReadInt(k.MaxLength),
                    Pattern = k.Pattern.ValueKind == JsonValueKind.String ? k.Pattern.GetString() : null,
                };
                break;
            case SchemaKind.Number:
                node.Number = new NumberFacet
                {
                    Maximum = JsonValues.ReadDouble(k.Maximum),
                    Minimum = JsonValues.ReadDouble(k.Minimum),
                    ExclusiveMaximum = JsonValues.ReadDouble(k.ExclusiveMaximum),
                    ExclusiveMinimum = JsonValues.ReadDouble(k.ExclusiveMinimum),
                    MultipleOf = JsonValues.ReadDecimal(k.MultipleOf),
                    RequiresInteger = requiresInteger,
                };
                break;
            case SchemaKind.Object:
                node.Object = ObjectFacetLoader.Load(in k, this, scope);
                break;
            case SchemaKind.Array:
                node.Array = ArrayFacetLoader.Load(in k, this, scope, _draft2020);
                break;
        }
    }

    /// <summary>Loads a subschema.</summary>
    /// <param name="element">The subschema.</param>
    /// <param name="scope">The document it resolves references in.</param>
    /// <returns>Its node.</returns>
    public SchemaNode LoadChild(JsonElement element, DocumentScope scope) => Load(element, scope, cacheKey: null);

    /// <summary>Loads an array of subschemas, keeping duplicates (tuple positions).</summary>
    /// <param name="array">The array.</param>
    /// <param name="scope">The document they resolve references in.</param>
    /// <returns>Their nodes in order.</returns>
    public SchemaNode[] LoadChildren(JsonElement array, DocumentScope scope)
    {
        var nodes = new SchemaNode[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            nodes[i++] = Load(item, scope, cacheKey: null);
        }

        return nodes;
    }

    private SchemaNode[] LoadDistinct(JsonElement array, DocumentScope scope)
    {
        // The registry compares combinator branches as a set: a repeated branch counts once.
        var elements = new List<JsonElement>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            var duplicate = false;
            for (var i = 0; i < elements.Count && !duplicate; i++)
            {
                duplicate = JsonElement.DeepEquals(elements[i], item);
            }

            if (!duplicate)
            {
                elements.Add(item);
            }
        }

        var nodes = new SchemaNode[elements.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = Load(elements[i], scope, cacheKey: null);
        }

        return nodes;
    }

    private SchemaNode ResolveReference(string reference, DocumentScope scope)
    {
        JsonElement? target;
        DocumentScope targetScope;
        string key;
        switch (LocalReference.Resolve(reference, scope, out var local, out var localScope, out var localKey))
        {
            case LocalReferenceOutcome.Resolved:
                (target, targetScope, key) = (local, localScope, localKey);
                break;
            case LocalReferenceOutcome.Missing:
                return Unresolved(reference);
            default:
                key = reference;
                if (_refCache.TryGetValue(key, out var cached))
                {
                    return MarkTarget(cached);
                }

                if (_resolver is null)
                {
                    return Unresolved(reference);
                }

                (target, targetScope) = External(reference, scope);
                break;
        }

        if (_refCache.TryGetValue(key, out var known))
        {
            return MarkTarget(known);
        }

        if (target is null || !_resolving.Add(key))
        {
            // Missing target, or a chain of references that only points at itself.
            return Unresolved(reference);
        }

        SchemaNode node;
        try
        {
            node = Load(target.Value, targetScope, key);
        }
        finally
        {
            _resolving.Remove(key);
        }

        _refCache[key] = node;
        return MarkTarget(node);
    }

    // Another document, through the resolver: the whole document, or the document and then the pointer inside it,
    // so that its own local references resolve in it.
    private (JsonElement? Target, DocumentScope Scope) External(string reference, DocumentScope scope)
    {
        if (_resolver!(scope.Root, reference) is { } whole)
        {
            return (whole, DocumentScope.ForDocument(whole, reference + "|"));
        }

        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        if (hash > 0 && _resolver(scope.Root, reference[..hash]) is { } document)
        {
            var documentScope = DocumentScope.ForDocument(document, reference[..hash]);
            Uri? baseUri = SchemaIdIndex.DefaultBase;
            var pointed = JsonPointer.Resolve(document, reference[(hash + 1)..], ref baseUri);
            return (pointed, documentScope.At(baseUri ?? documentScope.Base));
        }

        return (null, scope);
    }

    // Only nodes reached through a reference can close a cycle, so only they are tracked while comparing.
    private static SchemaNode MarkTarget(SchemaNode node)
    {
        node.IsRefTarget = true;
        return node;
    }

    private static SchemaNode Unresolved(string reference) =>
        new(SchemaKind.Reference) { Reference = reference };
}
