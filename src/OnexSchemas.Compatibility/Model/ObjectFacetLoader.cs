using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>Reads the object keywords of a schema into an <see cref="ObjectFacet"/>.</summary>
internal static class ObjectFacetLoader
{
    /// <summary>Reads the object keywords.</summary>
    /// <param name="k">The schema's keywords.</param>
    /// <param name="loader">Loads subschemas.</param>
    /// <param name="scope">The document subschemas resolve references in.</param>
    /// <returns>The facet.</returns>
    public static ObjectFacet Load(in SchemaKeywords k, SchemaLoader loader, DocumentScope scope)
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
                schemas[i] = loader.LoadChild(property.Value, scope);
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
                patterns.Add(new PatternProperty(entry.Name, PatternCache.Get(entry.Name), loader.LoadChild(entry.Value, scope)));
            }

            facet.PatternProperties = [.. patterns];
        }

        switch (k.AdditionalProperties.ValueKind)
        {
            case JsonValueKind.False:
                facet.PermitsAdditionalProperties = false;
                break;
            case JsonValueKind.Object:
                facet.AdditionalPropertiesSchema = loader.LoadChild(k.AdditionalProperties, scope);
                break;
        }

        if (k.UnevaluatedProperties.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False)
        {
            facet.UnevaluatedProperties = loader.LoadChild(k.UnevaluatedProperties, scope);
        }

        LoadDependencies(facet, in k, loader, scope);
        return facet;
    }

    private static void LoadDependencies(ObjectFacet facet, in SchemaKeywords k, SchemaLoader loader, DocumentScope scope)
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
                    (schemas ??= []).Add(loader.LoadChild(entry.Value, scope));
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
}
