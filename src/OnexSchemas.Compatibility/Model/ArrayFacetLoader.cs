using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>Reads the array keywords of a schema into an <see cref="ArrayFacet"/>.</summary>
internal static class ArrayFacetLoader
{
    /// <summary>Reads the array keywords.</summary>
    /// <param name="k">The schema's keywords.</param>
    /// <param name="loader">Loads subschemas.</param>
    /// <param name="scope">The document subschemas resolve references in.</param>
    /// <param name="draft2020">Whether the document is draft 2020-12, where <c>items</c> follows <c>prefixItems</c>.</param>
    /// <returns>The facet.</returns>
    public static ArrayFacet Load(in SchemaKeywords k, SchemaLoader loader, DocumentScope scope, bool draft2020)
    {
        var facet = new ArrayFacet
        {
            MaxItems = JsonValues.ReadInt(k.MaxItems),
            MinItems = JsonValues.ReadInt(k.MinItems),
            UniqueItems = k.UniqueItems.ValueKind == JsonValueKind.True,
            MaxContains = JsonValues.ReadInt(k.MaxContains),
            MinContains = JsonValues.ReadInt(k.MinContains),
        };

        if (draft2020 || k.PrefixItems.ValueKind == JsonValueKind.Array)
        {
            // 2020-12: prefixItems are the tuple and "items" plays the role of additionalItems after it.
            var hasPrefix = k.PrefixItems.ValueKind == JsonValueKind.Array;
            if (hasPrefix)
            {
                facet.ItemSchemas = loader.LoadChildren(k.PrefixItems, scope);
            }

            switch (k.Items.ValueKind)
            {
                case JsonValueKind.False:
                    facet.PermitsAdditionalItems = false;
                    break;
                case JsonValueKind.Object when hasPrefix:
                    facet.AdditionalItemsSchema = loader.LoadChild(k.Items, scope);
                    break;
                case JsonValueKind.Object:
                    facet.AllItems = loader.LoadChild(k.Items, scope);
                    break;
            }
        }
        else
        {
            switch (k.Items.ValueKind)
            {
                case JsonValueKind.Array:
                    facet.ItemSchemas = loader.LoadChildren(k.Items, scope);
                    break;
                case JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False:
                    facet.AllItems = loader.LoadChild(k.Items, scope);
                    break;
            }

            switch (k.AdditionalItems.ValueKind)
            {
                case JsonValueKind.False:
                    facet.PermitsAdditionalItems = false;
                    break;
                case JsonValueKind.Object:
                    facet.AdditionalItemsSchema = loader.LoadChild(k.AdditionalItems, scope);
                    break;
            }
        }

        if (k.UnevaluatedItems.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False)
        {
            facet.UnevaluatedItems = loader.LoadChild(k.UnevaluatedItems, scope);
        }

        return facet;
    }
}
