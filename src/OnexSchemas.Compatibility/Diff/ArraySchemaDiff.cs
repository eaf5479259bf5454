using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>The array rules, in the registry's order: items, tuple positions, additional and unevaluated items, size.</summary>
internal static class ArraySchemaDiff
{
    /// <summary>Compares two array facets.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original keywords.</param>
    /// <param name="update">The updated keywords.</param>
    public static void Compare(DiffContext ctx, ArrayFacet original, ArrayFacet update)
    {
        if (original.AllItems is not null || update.AllItems is not null)
        {
            ctx.Enter("items");
            NodeComparer.Compare(ctx, original.AllItems, update.AllItems);
            ctx.Exit();
        }

        ItemSchemaDiff.Compare(ctx, original, update);
        CompareAdditionalItems(ctx, original, update);
        UnevaluatedSchemaDiff.Compare(ctx, "unevaluatedItems", original.UnevaluatedItems, update.UnevaluatedItems,
            SchemaChangeType.UnevaluatedItemsAdded, SchemaChangeType.UnevaluatedItemsRemoved,
            SchemaChangeType.UnevaluatedItemsExtended, SchemaChangeType.UnevaluatedItemsNarrowed);
        CompareSize(ctx, original, update);
    }

    private static void CompareAdditionalItems(DiffContext ctx, ArrayFacet original, ArrayFacet update)
    {
        ctx.Enter("additionalItems");
        if (original.PermitsAdditionalItems != update.PermitsAdditionalItems)
        {
            ctx.Add(original.PermitsAdditionalItems ? SchemaChangeType.AdditionalItemsRemoved : SchemaChangeType.AdditionalItemsAdded);
        }
        else if (original.AdditionalItemsSchema is null && update.AdditionalItemsSchema is not null)
        {
            ctx.Add(SchemaChangeType.AdditionalItemsNarrowed);
        }
        else if (original.AdditionalItemsSchema is not null && update.AdditionalItemsSchema is null)
        {
            ctx.Add(SchemaChangeType.AdditionalItemsExtended);
        }
        else
        {
            NodeComparer.Compare(ctx, original.AdditionalItemsSchema, update.AdditionalItemsSchema);
        }

        ctx.Exit();
    }

    private static void CompareSize(DiffContext ctx, ArrayFacet original, ArrayFacet update)
    {
        BoundSchemaDiff.Compare(ctx, "maxItems", original.MaxItems, update.MaxItems,
            SchemaChangeType.MaxItemsAdded, SchemaChangeType.MaxItemsRemoved,
            SchemaChangeType.MaxItemsIncreased, SchemaChangeType.MaxItemsDecreased);
        BoundSchemaDiff.Compare(ctx, "minItems", original.MinItems, update.MinItems,
            SchemaChangeType.MinItemsAdded, SchemaChangeType.MinItemsRemoved,
            SchemaChangeType.MinItemsIncreased, SchemaChangeType.MinItemsDecreased);
        if (original.UniqueItems != update.UniqueItems)
        {
            ctx.Add("uniqueItems", original.UniqueItems ? SchemaChangeType.UniqueItemsRemoved : SchemaChangeType.UniqueItemsAdded);
        }

        BoundSchemaDiff.Compare(ctx, "maxContains", original.MaxContains, update.MaxContains,
            SchemaChangeType.MaxContainsAdded, SchemaChangeType.MaxContainsRemoved,
            SchemaChangeType.MaxContainsIncreased, SchemaChangeType.MaxContainsDecreased);
        BoundSchemaDiff.Compare(ctx, "minContains", original.MinContains, update.MinContains,
            SchemaChangeType.MinContainsAdded, SchemaChangeType.MinContainsRemoved,
            SchemaChangeType.MinContainsIncreased, SchemaChangeType.MinContainsDecreased);
    }
}
