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

        // Cached as "#" so a recursive "$ref": "#" comes back to this very node, as it does in the registry.
        return loader.Load(document, new DocumentScope(document, string.Empty), cacheKey: "#");
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
        var k = SchemaKeywords.Read(element);
        if (k.Ref.ValueKind == JsonValueKind.String)
        {
            return Register(cacheKey, ResolveReference(k.Ref.GetString()!, scope));
        }

        Span<SchemaPart> parts = stackalloc SchemaPart[MaxParts];
        var count = CollectParts(in k, parts);
        SchemaNode node;
        if (count == 0)
        {
            node = new SchemaNode(SchemaKind.Empty);
        }
        else if (count == 1)
        {
            node = new SchemaNode(KindOf(parts[0]));
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
                var part = new SchemaNode(KindOf(parts[i]));
                Populate(part, parts[i], in k, scope);
                subschemas[i] = part;
            }

            node.Subschemas = subschemas;
        }

        ReadAnnotations(node, in k);
        return node;
    }

    private static int CollectParts(in SchemaKeywords k, Span<SchemaPart> parts)
    {
        var count = 0;
        if (k.Enum.ValueKind == JsonValueKind.Array)
        {
            parts[count++] = SchemaPart.Enum;
        }

        if (k.AllOf.ValueKind == JsonValueKind.Array)
        {
            parts[count++] = SchemaPart.AllOf;
        }

        if (k.AnyOf.ValueKind == JsonValueKind.Array)
        {
            parts[count++] = SchemaPart.AnyOf;
        }

        if (k.OneOf.ValueKind == JsonValueKind.Array)
        {
            parts[count++] = SchemaPart.OneOf;
        }

        if (JsonValues.IsPresent(k.Not))
        {
            parts[count++] = SchemaPart.Not;
        }

        if (JsonValues.IsPresent(k.Const))
        {
            parts[count++] = SchemaPart.Const;
        }

        if (k.Type.ValueKind == JsonValueKind.String)
        {
            if (TypePart(k.Type.GetString()) is { } typed)
            {
                parts[count++] = typed;
            }
        }
        else if (k.Type.ValueKind == JsonValueKind.Array)
        {
            parts[count++] = SchemaPart.TypeList;
        }
        else
        {
            // Without "type" the loader infers schemas from the keywords present.
            if (k.HasObjectKeywords)
            {
                parts[count++] = SchemaPart.SniffedObject;
            }

            if (k.HasArrayKeywords)
            {
                parts[count++] = SchemaPart.SniffedArray;
            }

            if (k.HasNumberKeywords)
            {
                parts[count++] = SchemaPart.SniffedNumber;
            }

            if (k.HasStringKeywords)
            {
                parts[count++] = SchemaPart.SniffedString;
            }
        }

        return count;
    }

    private static SchemaPart? TypePart(string? name) => name switch
    {
        "string" => SchemaPart.TypeString,
        "integer" => SchemaPart.TypeInteger,
        "number" => SchemaPart.TypeNumber,
        "object" => SchemaPart.TypeObject,
        "array" => SchemaPart.TypeArray,
        "boolean" => SchemaPart.TypeBoolean,
        "null" => SchemaPart.TypeNull,
        _ => null,
    };

    private static SchemaKind KindOf(SchemaPart part) => part switch
    {
        SchemaPart.Enum => SchemaKind.Enum,
        SchemaPart.AllOf or SchemaPart.AnyOf or SchemaPart.OneOf or SchemaPart.TypeList => SchemaKind.Combined,
        SchemaPart.Not => SchemaKind.Not,
        SchemaPart.Const => SchemaKind.Const,
        SchemaPart.TypeString or SchemaPart.SniffedString => SchemaKind.String,
        SchemaPart.TypeInteger or SchemaPart.TypeNumber or SchemaPart.SniffedNumber => SchemaKind.Number,
        SchemaPart.TypeObject or SchemaPart.SniffedObject => SchemaKind.Object,
        SchemaPart.TypeArray or SchemaPart.SniffedArray => SchemaKind.Array,
        SchemaPart.TypeBoolean => SchemaKind.Boolean,
        SchemaPart.TypeNull => SchemaKind.Null,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

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
            if (name.ValueKind == JsonValueKind.String && TypePart(name.GetString()) is { } part)
            {
                var typed = new SchemaNode(KindOf(part));
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
                node.Object = LoadObjectFacet(in k, scope);
                break;
            case SchemaKind.Array:
                node.Array = LoadArrayFacet(in k, scope);
                break;
        }
    }

    private ObjectFacet LoadObjectFacet(in SchemaKeywords k, DocumentScope scope)
    {
        var facet = new ObjectFacet
        {
            MaxProperties = JsonValues.ReadInt(k.MaxProperties),
            MinProperties = JsonValues.ReadInt(k.MinProperties),
        };

        if (k.Properties.ValueKind == JsonValueKind.Object)
        {
            var count = 0;
            foreach (var unused in k.Properties.EnumerateObject())
            {
                count++;
            }

            var names = new string[count];
            var schemas = new SchemaNode[count];
            var defaults = new bool[count];
            var i = 0;
            foreach (var property in k.Properties.EnumerateObject())
            {
                names[i] = property.Name;
                schemas[i] = Load(property.Value, scope, cacheKey: null);
                defaults[i] = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("default", out _);
                i++;
            }

            facet.SetProperties(names, schemas, defaults);
        }

        if (k.Required.ValueKind == JsonValueKind.Array)
        {
            var required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in k.Required.EnumerateArray())
            {
                if (name.ValueKind == JsonValueKind.String)
                {
                    required.Add(name.GetString()!);
                }
            }

            facet.Required = required;
        }

        if (k.PatternProperties.ValueKind == JsonValueKind.Object)
        {
            var patterns = new List<PatternProperty>();
            foreach (var entry in k.PatternProperties.EnumerateObject())
            {
                patterns.Add(new PatternProperty(entry.Name, PatternCache.Get(entry.Name), Load(entry.Value, scope, cacheKey: null)));
            }

            facet.PatternProperties = [.. patterns];
        }

        switch (k.AdditionalProperties.ValueKind)
        {
            case JsonValueKind.False:
                facet.PermitsAdditionalProperties = false;
                break;
            case JsonValueKind.Object:
                facet.AdditionalPropertiesSchema = Load(k.AdditionalProperties, scope, cacheKey: null);
                break;
        }

        if (k.UnevaluatedProperties.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False)
        {
            facet.UnevaluatedProperties = Load(k.UnevaluatedProperties, scope, cacheKey: null);
        }

        LoadDependencies(facet, in k, scope);
        return facet;
    }

    private void LoadDependencies(ObjectFacet facet, in SchemaKeywords k, DocumentScope scope)
    {
        List<string>? arrayKeys = null, schemaKeys = null;
        List<HashSet<string>>? arrays = null;
        List<SchemaNode>? schemas = null;

        // Draft 7 mixes both forms under "dependencies"; 2019-09 splits them, and the registry reports both at "dependencies".
        foreach (var source in (ReadOnlySpan<JsonElement>)[k.Dependencies, k.DependentRequired, k.DependentSchemas])
        {
            if (source.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var entry in source.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.Array)
                {
                    var names = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var name in entry.Value.EnumerateArray())
                    {
                        if (name.ValueKind == JsonValueKind.String)
                        {
                            names.Add(name.GetString()!);
                        }
                    }

                    (arrayKeys ??= []).Add(entry.Name);
                    (arrays ??= []).Add(names);
                }
                else if (entry.Value.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False)
                {
                    (schemaKeys ??= []).Add(entry.Name);
                    (schemas ??= []).Add(Load(entry.Value, scope, cacheKey: null));
                }
            }
        }

        if (arrayKeys is not null)
        {
            facet.DependencyArrayKeys = [.. arrayKeys];
            facet.DependencyArrays = [.. arrays!];
        }

        if (schemaKeys is not null)
        {
            facet.DependencySchemaKeys = [.. schemaKeys];
            facet.DependencySchemas = [.. schemas!];
        }
    }

    private ArrayFacet LoadArrayFacet(in SchemaKeywords k, DocumentScope scope)
    {
        var facet = new ArrayFacet
        {
            MaxItems = JsonValues.ReadInt(k.MaxItems),
            MinItems = JsonValues.ReadInt(k.MinItems),
            UniqueItems = k.UniqueItems.ValueKind == JsonValueKind.True,
            MaxContains = JsonValues.ReadInt(k.MaxContains),
            MinContains = JsonValues.ReadInt(k.MinContains),
        };

        if (_draft2020 || k.PrefixItems.ValueKind == JsonValueKind.Array)
        {
            // 2020-12: prefixItems are the tuple and "items" plays the role of additionalItems after it.
            var hasPrefix = k.PrefixItems.ValueKind == JsonValueKind.Array;
            if (hasPrefix)
            {
                facet.ItemSchemas = LoadArray(k.PrefixItems, scope);
            }

            switch (k.Items.ValueKind)
            {
                case JsonValueKind.False:
                    facet.PermitsAdditionalItems = false;
                    break;
                case JsonValueKind.Object when hasPrefix:
                    facet.AdditionalItemsSchema = Load(k.Items, scope, cacheKey: null);
                    break;
                case JsonValueKind.Object:
                    facet.AllItems = Load(k.Items, scope, cacheKey: null);
                    break;
            }
        }
        else
        {
            switch (k.Items.ValueKind)
            {
                case JsonValueKind.Array:
                    facet.ItemSchemas = LoadArray(k.Items, scope);
                    break;
                case JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False:
                    facet.AllItems = Load(k.Items, scope, cacheKey: null);
                    break;
            }

            switch (k.AdditionalItems.ValueKind)
            {
                case JsonValueKind.False:
                    facet.PermitsAdditionalItems = false;
                    break;
                case JsonValueKind.Object:
                    facet.AdditionalItemsSchema = Load(k.AdditionalItems, scope, cacheKey: null);
                    break;
            }
        }

        if (k.UnevaluatedItems.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False)
        {
            facet.UnevaluatedItems = Load(k.UnevaluatedItems, scope, cacheKey: null);
        }

        return facet;
    }

    private SchemaNode[] LoadArray(JsonElement array, DocumentScope scope)
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

    private static void ReadAnnotations(SchemaNode node, in SchemaKeywords k)
    {
        if (k.Id.ValueKind == JsonValueKind.String)
        {
            node.Id = k.Id.GetString();
        }
        else if (k.DraftFourId.ValueKind == JsonValueKind.String)
        {
            node.Id = k.DraftFourId.GetString();
        }

        if (k.Title.ValueKind == JsonValueKind.String)
        {
            node.Title = k.Title.GetString();
        }

        if (k.Description.ValueKind == JsonValueKind.String)
        {
            node.Description = k.Description.GetString();
        }

        if (JsonValues.IsPresent(k.Default))
        {
            node.HasDefault = true;
            node.Default = k.Default;
        }
    }

    private SchemaNode ResolveReference(string reference, DocumentScope scope)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        string key;
        JsonElement? target;
        DocumentScope targetScope;
        if (hash == 0)
        {
            key = scope.Key + reference;
            if (_refCache.TryGetValue(key, out var cached))
            {
                return MarkTarget(cached);
            }

            target = JsonPointer.Resolve(scope.Root, reference[1..]);
            targetScope = scope;
        }
        else
        {
            key = reference;
            if (_refCache.TryGetValue(key, out var cached))
            {
                return MarkTarget(cached);
            }

            if (_resolver is null)
            {
                return Unresolved(reference);
            }

            target = _resolver(scope.Root, reference);
            targetScope = target is { } whole ? new DocumentScope(whole, reference + "|") : default;
            if (target is null && hash > 0)
            {
                // Resolve the document, then the pointer inside it, so its own local refs work too.
                var baseUri = reference[..hash];
                if (_resolver(scope.Root, baseUri) is { } document)
                {
                    target = JsonPointer.Resolve(document, reference[(hash + 1)..]);
                    targetScope = new DocumentScope(document, baseUri);
                }
            }
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

    // Only nodes reached through a reference can close a cycle, so only they are tracked while comparing.
    private static SchemaNode MarkTarget(SchemaNode node)
    {
        node.IsRefTarget = true;
        return node;
    }

    private static SchemaNode Unresolved(string reference) =>
        new(SchemaKind.Reference) { Reference = reference };
}
