using System.Text.Json;
using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// Reads a schema document into <see cref="ReaderSchema"/>s. <c>$ref</c>s resolve to the same node each time, so a
/// recursive schema becomes a cycle. From 2019-09 on a <c>$ref</c>'s siblings apply beside its target. In drafts 4
/// to 7 the specification says to ignore them, and validators differ: some do, some apply them anyway. The loader
/// reads either way on request and says whether the difference arises, so that the verdict can hold under both.
/// </summary>
internal sealed class ReaderSchemaLoader
{
    private readonly SchemaResolver? _resolver;
    private readonly bool _refOverridesSiblings;
    private readonly bool _draft2020;
    private readonly bool _draft2019OrLater;
    private readonly Dictionary<string, ReaderSchema> _cache = new(StringComparer.Ordinal);
    private readonly string _dialect;
    private bool _sawRefSiblings;

    private ReaderSchemaLoader(SchemaResolver? resolver, JsonElement document, bool applyRefSiblings)
    {
        _resolver = resolver;
        var dialect = document.ValueKind == JsonValueKind.Object && document.TryGetProperty("$schema", out var uri) && uri.ValueKind == JsonValueKind.String
            ? uri.GetString() ?? string.Empty
            : string.Empty;
        _draft2020 = dialect.Contains("2020-12", StringComparison.Ordinal);
        _draft2019OrLater = _draft2020 || dialect.Contains("2019-09", StringComparison.Ordinal);
        _refOverridesSiblings = !applyRefSiblings && !_draft2019OrLater;
        _dialect = dialect;
    }

    /// <summary>Loads a whole document.</summary>
    /// <param name="document">The schema document.</param>
    /// <param name="resolver">Resolves references outside the document.</param>
    /// <param name="applyRefSiblings">Whether a draft 4 to 7 <c>$ref</c>'s siblings apply (the stricter reading).</param>
    public static ReaderSchema Load(JsonElement document, SchemaResolver? resolver = null, bool applyRefSiblings = false) =>
        Load(document, resolver, applyRefSiblings, out _);

    /// <summary>Loads a whole document and says whether a draft 4 to 7 <c>$ref</c> had assertion siblings.</summary>
    public static ReaderSchema Load(JsonElement document, SchemaResolver? resolver, bool applyRefSiblings, out bool refSiblingsMatter)
    {
        var loader = new ReaderSchemaLoader(resolver, document, applyRefSiblings);
        var scope = DocumentScope.ForDocument(document, string.Empty);
        var root = loader.Load(document, scope, "#", LocalReference.RootKey(scope));
        refSiblingsMatter = loader._sawRefSiblings;
        return root;
    }

    private ReaderSchema Load(JsonElement element, DocumentScope scope, string location, string? cacheKey)
    {
        if (cacheKey is not null && _cache.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var node = new ReaderSchema
        {
            Location = location, Source = element, Dialect = _dialect,
            DocumentRoot = scope.Root, DocumentHasOneBase = !scope.Index.HasNestedResources,
        };
        if (cacheKey is not null)
        {
            // Registered before its children load, so a reference back to it closes a cycle instead of recursing.
            _cache[cacheKey] = node;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.True:
                break;
            case JsonValueKind.False:
                node.IsFalse = true;
                break;
            case JsonValueKind.Object:
                Populate(node, element, scope, location);
                break;
            default:
                // Not a schema at all: validate refuses it; here it constrains nothing we can model.
                (node.Unmodeled ??= []).Add("(not a schema)");
                break;
        }

        return node;
    }

    private void Populate(ReaderSchema node, JsonElement schema, DocumentScope scope, string location)
    {
        scope = scope.Enter(schema);
        if (schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            var target = Resolve(reference.GetString()!, scope, location);
            _sawRefSiblings |= !_draft2020 && schema.EnumerateObject().Any(member => !IsAnnotation(member.Name));
            node.AllOf = [target];
            if (_refOverridesSiblings)
            {
                return;
            }
        }

        foreach (var member in schema.EnumerateObject())
        {
            var value = member.Value;
            // Built only for the members that hold subschemas: most members are annotations.
            string At() => location + "/" + JsonPointer.Escape(member.Name);
            switch (member.Name)
            {
                case "type":
                    node.HasType = true;
                    node.Types = ReadTypes(value);
                    break;
                case "enum" when value.ValueKind == JsonValueKind.Array:
                    // Beside a const, only the values both allow remain.
                    node.Values = node.Values is { } constant ? [.. constant.Where(allowed => value.EnumerateArray().Any(item => JsonElement.DeepEquals(item, allowed)))] : [.. value.EnumerateArray()];
                    node.ValuesKeyword = node.Values.Length == 1 && node.ValuesKeyword == "const" ? "const" : "enum";
                    break;
                case "const":
                    node.Values = node.Values is { } listed ? [.. listed.Where(allowed => JsonElement.DeepEquals(allowed, value))] : [value];
                    node.ValuesKeyword = "const";
                    break;
                case "minLength": node.MinLength = ReadInt(value); break;
                case "maxLength": node.MaxLength = ReadInt(value); break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    node.Pattern = value.GetString();
                    MarkIfUncompilable(node, node.Pattern!, "pattern");
                    break;
                case "format" when value.ValueKind == JsonValueKind.String: node.Format = value.GetString(); break;
                case "minimum": node.Minimum = ReadDouble(value); CheckBound(node, value, member.Name); break;
                case "maximum": node.Maximum = ReadDouble(value); CheckBound(node, value, member.Name); break;
                case "exclusiveMinimum":
                    CheckBound(node, value, member.Name);
                    if (value.ValueKind == JsonValueKind.True)
                    {
                        node.MinimumIsExclusive = true;
                    }
                    else
                    {
                        node.ExclusiveMinimum = ReadDouble(value);
                    }

                    break;
                case "exclusiveMaximum":
                    CheckBound(node, value, member.Name);
                    if (value.ValueKind == JsonValueKind.True)
                    {
                        node.MaximumIsExclusive = true;
                    }
                    else
                    {
                        node.ExclusiveMaximum = ReadDouble(value);
                    }

                    break;
                case "multipleOf":
                    node.MultipleOf = value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var divisor) && divisor > 0 ? divisor : null;
                    if (node.MultipleOf is null && value.ValueKind == JsonValueKind.Number)
                    {
                        (node.Unmodeled ??= []).Add("multipleOf");
                    }

                    break;
                case "properties" when value.ValueKind == JsonValueKind.Object:
                    node.Properties = [.. value.EnumerateObject().Select(property =>
                        new KeyValuePair<string, ReaderSchema>(property.Name, Child(property.Value, scope, At() + "/" + JsonPointer.Escape(property.Name))))];
                    break;
                case "required" when value.ValueKind == JsonValueKind.Array:
                    node.Required = new HashSet<string>(value.EnumerateArray().Where(name => name.ValueKind == JsonValueKind.String).Select(name => name.GetString()!), StringComparer.Ordinal);
                    break;
                case "patternProperties" when value.ValueKind == JsonValueKind.Object:
                    node.PatternProperties = [.. value.EnumerateObject().Select(property =>
                        new KeyValuePair<string, ReaderSchema>(property.Name, Child(property.Value, scope, At() + "/" + JsonPointer.Escape(property.Name))))];
                    foreach (var (pattern, _) in node.PatternProperties)
                    {
                        MarkIfUncompilable(node, pattern, "patternProperties");
                    }

                    break;
                case "additionalProperties": node.AdditionalProperties = Child(value, scope, At()); break;
                case "propertyNames": node.PropertyNames = Child(value, scope, At()); break;
                case "minProperties": node.MinProperties = ReadInt(value); break;
                case "maxProperties": node.MaxProperties = ReadInt(value); break;
                case "dependencies" when value.ValueKind == JsonValueKind.Object && !_draft2019OrLater:
                    foreach (var dependency in value.EnumerateObject())
                    {
                        if (dependency.Value.ValueKind == JsonValueKind.Array)
                        {
                            (node.DependentRequired ??= new(StringComparer.Ordinal))[dependency.Name] = Names(dependency.Value);
                        }
                        else
                        {
                            (node.DependentSchemas ??= new(StringComparer.Ordinal))[dependency.Name] = Child(dependency.Value, scope, At() + "/" + JsonPointer.Escape(dependency.Name));
                        }
                    }

                    break;
                case "dependentRequired" when value.ValueKind == JsonValueKind.Object && _draft2019OrLater:
                    foreach (var dependency in value.EnumerateObject())
                    {
                        (node.DependentRequired ??= new(StringComparer.Ordinal))[dependency.Name] = Names(dependency.Value);
                    }

                    break;
                case "dependentSchemas" when value.ValueKind == JsonValueKind.Object && _draft2019OrLater:
                    foreach (var dependency in value.EnumerateObject())
                    {
                        (node.DependentSchemas ??= new(StringComparer.Ordinal))[dependency.Name] = Child(dependency.Value, scope, At() + "/" + JsonPointer.Escape(dependency.Name));
                    }

                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array && !_draft2020)
                    {
                        node.TupleItems = Children(value, scope, At());
                    }
                    else if (_draft2020)
                    {
                        node.AdditionalItems = Child(value, scope, At());
                    }
                    else
                    {
                        node.Items = Child(value, scope, At());
                    }

                    break;
                case "prefixItems" when value.ValueKind == JsonValueKind.Array && _draft2020: node.TupleItems = Children(value, scope, At()); break;
                case "additionalItems" when !_draft2020: node.AdditionalItems = Child(value, scope, At()); break;
                case "contains": node.Contains = Child(value, scope, At()); break;
                case "minItems": node.MinItems = ReadInt(value); break;
                case "maxItems": node.MaxItems = ReadInt(value); break;
                case "uniqueItems": node.UniqueItems = value.ValueKind == JsonValueKind.True; break;
                case "allOf" when value.ValueKind == JsonValueKind.Array: node.AllOf = [.. node.AllOf ?? [], .. Children(value, scope, At())]; break;
                case "anyOf" when value.ValueKind == JsonValueKind.Array: node.AnyOf = Children(value, scope, At()); break;
                case "oneOf" when value.ValueKind == JsonValueKind.Array: node.OneOf = Children(value, scope, At()); break;
                case "not": node.Not = Child(value, scope, At()); break;
                case "if": node.If = Child(value, scope, At()); break;
                case "then": node.Then = Child(value, scope, At()); break;
                case "else": node.Else = Child(value, scope, At()); break;
                case "examples" when value.ValueKind == JsonValueKind.Array: node.Examples = [.. value.EnumerateArray()]; break;
                case "unevaluatedProperties" or "unevaluatedItems" or "minContains" or "maxContains" or "$dynamicRef" or "$recursiveRef":
                    (node.Unmodeled ??= []).Add(member.Name);
                    break;
            }
        }

        // 2020-12 "items" beside no "prefixItems" applies to every item.
        if (_draft2020 && node.TupleItems is null && node.AdditionalItems is not null)
        {
            node.Items = node.AdditionalItems;
            node.AdditionalItems = null;
        }

        if (node.If is null)
        {
            // then and else without if assert nothing.
            node.Then = null;
            node.Else = null;
        }
    }

    // A pattern .NET cannot compile cannot be evaluated: the schema is then not modelled, never assumed to accept.
    private static void MarkIfUncompilable(ReaderSchema node, string pattern, string keyword)
    {
        if (PatternCache.Get(pattern) is null)
        {
            (node.Unmodeled ??= []).Add(keyword);
        }
    }

    private static bool IsAnnotation(string keyword) =>
        keyword is "$ref" or "$comment" or "$id" or "id" or "$schema" or "title" or "description" or "default" or "examples" or "definitions" or "$defs" or "readOnly" or "writeOnly" or "deprecated"
        || keyword.StartsWith("x-", StringComparison.Ordinal);

    private ReaderSchema Child(JsonElement element, DocumentScope scope, string location) => Load(element, scope, location, cacheKey: null);

    private ReaderSchema[] Children(JsonElement array, DocumentScope scope, string location)
    {
        var children = new ReaderSchema[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            children[i] = Child(item, scope, location + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            i++;
        }

        return children;
    }

    private ReaderSchema Resolve(string reference, DocumentScope scope, string location)
    {
        switch (LocalReference.Resolve(reference, scope, out var local, out var localScope, out var key))
        {
            case LocalReferenceOutcome.Resolved:
                return _cache.TryGetValue(key, out var cached) ? cached : Load(local, localScope, reference, key);
            case LocalReferenceOutcome.Missing:
                return Unresolved(reference, location);
        }

        if (_cache.TryGetValue(reference, out var known))
        {
            return known;
        }

        if (_resolver is not null)
        {
            if (_resolver(scope.Root, reference) is { } whole)
            {
                return Load(whole, DocumentScope.ForDocument(whole, reference + "|"), reference, reference);
            }

            var hash = reference.IndexOf('#', StringComparison.Ordinal);
            if (hash > 0 && _resolver(scope.Root, reference[..hash]) is { } document)
            {
                var documentScope = DocumentScope.ForDocument(document, reference[..hash]);
                Uri? baseUri = SchemaIdIndex.DefaultBase;
                if (JsonPointer.Resolve(document, reference[(hash + 1)..], ref baseUri) is { } target)
                {
                    return Load(target, documentScope.At(baseUri!), reference, reference);
                }
            }
        }

        return Unresolved(reference, location);
    }

    private static ReaderSchema Unresolved(string reference, string location) =>
        new() { Location = location, Unmodeled = ["$ref " + reference] };

    private static InstanceTypes ReadTypes(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return InstanceTypeNames.FromKeyword(value.GetString());
        }

        var types = InstanceTypes.None;
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in value.EnumerateArray())
            {
                types |= name.ValueKind == JsonValueKind.String ? InstanceTypeNames.FromKeyword(name.GetString()) : InstanceTypes.None;
            }
        }

        return types;
    }

    private static string[] Names(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(name => name.ValueKind == JsonValueKind.String).Select(name => name.GetString()!)]
            : [];

    private static int? ReadInt(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && number >= 0
            ? (int)Math.Min(number, int.MaxValue)
            : null;

    private static double? ReadDouble(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && !double.IsInfinity(number) ? number : null;

    // Bounds beyond 2^53 lose integer precision in double arithmetic, and bounds beyond double's range do not read:
    // neither can be compared reliably, so a reader holding one is not modelled.
    private static void CheckBound(ReaderSchema node, JsonElement value, string keyword)
    {
        if (value.ValueKind == JsonValueKind.Number && (!value.TryGetDouble(out var number) || double.IsInfinity(number) || Math.Abs(number) >= 9007199254740992d))
        {
            (node.Unmodeled ??= []).Add(keyword);
        }
    }

}
