using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>
/// Every schema resource a document names with <c>$id</c> (draft 4: <c>id</c>), and every anchor (a draft-07
/// <c>"$id": "#name"</c> or a 2019-09 <c>$anchor</c>), by absolute URI, so that a <c>$ref</c> can name the document
/// itself, a subschema's <c>$id</c>, or a path relative to either, as the registry's loader resolves them.
/// </summary>
internal sealed class SchemaIdIndex
{
    /// <summary>The base URI of a document whose root has no <c>$id</c>: relative references resolve against it.</summary>
    public static readonly Uri DefaultBase = new("https://document.invalid/schema.json");

    // Each resource with the base URI outside it, so that loading it enters its own $id exactly once.
    private readonly Dictionary<string, (JsonElement Resource, Uri Outer)> _resources = new(StringComparer.Ordinal);

    private SchemaIdIndex(JsonElement root)
    {
        RootBase = Rebase(DefaultBase, root);
        _resources[Key(RootBase)] = (root, DefaultBase);
        if (MayNameNestedResources(root))
        {
            Walk(root, DefaultBase, isSchema: true);
        }
    }

    // Most documents name one resource, themselves. Their text then holds at most the root's own "$id" and no
    // "id" or "$anchor" member, which one vectorised search of the raw bytes tells without walking every member; any
    // doubt (a property called "id", an "$id" inside an example) takes the walk.
    private static bool MayNameNestedResources(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (RawText.Occurrences(root, "\"id\""u8) > 0 || RawText.Occurrences(root, "\"$anchor\""u8) > 0)
        {
            return true;
        }

        var ids = RawText.Occurrences(root, "\"$id\""u8);
        var rootId = root.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        return ids > (rootId is null ? 0 : 1) || rootId is not null && rootId.StartsWith('#');
    }

    /// <summary>The root's base URI: its <c>$id</c> resolved against <see cref="DefaultBase"/>.</summary>
    public Uri RootBase { get; }

    /// <summary>Whether any subschema names a resource or an anchor of its own: then a <c>#</c> fragment may not mean the root.</summary>
    public bool HasNestedResources => _resources.Count > 1;

    /// <summary>Indexes <paramref name="root"/>.</summary>
    public static SchemaIdIndex Build(JsonElement root) => new(root);

    /// <summary>The resource (or anchor) named by <paramref name="uri"/>, without a pointer fragment, and the base outside it.</summary>
    public bool TryGet(Uri uri, out JsonElement resource, out Uri outer)
    {
        if (_resources.TryGetValue(Key(uri), out var entry))
        {
            (resource, outer) = entry;
            return true;
        }

        (resource, outer) = (default, DefaultBase);
        return false;
    }

    /// <summary>The base URI inside <paramref name="schema"/>, given the base outside it.</summary>
    public static Uri Rebase(Uri outer, JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.Object
            && (schema.TryGetProperty("$id", out var id) || schema.TryGetProperty("id", out id))
            && id.ValueKind == JsonValueKind.String
            && id.GetString() is { Length: > 0 } text
            && !text.StartsWith('#')
            && Uri.TryCreate(outer, text, out var rebased))
        {
            return rebased;
        }

        return outer;
    }

    /// <summary>The URI as the index keys it: absolute, with a fragment only when it names an anchor.</summary>
    public static string Key(Uri uri)
    {
        var text = uri.AbsoluteUri;
        return text.EndsWith('#') ? text[..^1] : text;
    }

    private void Walk(JsonElement element, Uri outer, bool isSchema)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var current = isSchema ? Rebase(outer, element) : outer;
                if (isSchema)
                {
                    if (!ReferenceEquals(current, outer))
                    {
                        _resources.TryAdd(Key(current), (element, outer));
                    }

                    if (element.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 1 } anchor && anchor.StartsWith('#'))
                    {
                        _resources.TryAdd(Key(new Uri(current, anchor)), (element, outer));
                    }

                    if (element.TryGetProperty("$anchor", out var named) && named.ValueKind == JsonValueKind.String && named.GetString() is { Length: > 0 } name)
                    {
                        _resources.TryAdd(Key(new Uri(current, "#" + name)), (element, outer));
                    }
                }

                foreach (var member in element.EnumerateObject())
                {
                    // Instances are not schemas: an "$id" inside an enum value or an example names nothing.
                    if (SubschemaKeywords.HoldsInstances(member.Name))
                    {
                        continue;
                    }

                    // A map of schemas (properties, definitions, ...) holds schemas as its values, not as itself.
                    if (isSchema && SubschemaKeywords.IsSchemaMap(member.Name) && member.Value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var entry in member.Value.EnumerateObject())
                        {
                            Walk(entry.Value, current, isSchema: true);
                        }
                    }
                    else
                    {
                        Walk(member.Value, current, isSchema: isSchema);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, outer, isSchema);
                }

                break;
        }
    }
}
