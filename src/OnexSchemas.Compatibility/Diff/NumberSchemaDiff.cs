using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>The number rules: bounds, multipleOf, and integer versus number.</summary>
internal static class NumberSchemaDiff
{
    /// <summary>Compares two number facets.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original keywords.</param>
    /// <param name="update">The updated keywords.</param>
    public static void Compare(DiffContext ctx, NumberFacet original, NumberFacet update)
    {
        BoundSchemaDiff.Compare(ctx, "maximum", original.Maximum, update.Maximum,
            SchemaChangeType.MaximumAdded, SchemaChangeType.MaximumRemoved,
            SchemaChangeType.MaximumIncreased, SchemaChangeType.MaximumDecreased);
        BoundSchemaDiff.Compare(ctx, "minimum", original.Minimum, update.Minimum,
            SchemaChangeType.MinimumAdded, SchemaChangeType.MinimumRemoved,
            SchemaChangeType.MinimumIncreased, SchemaChangeType.MinimumDecreased);
        BoundSchemaDiff.Compare(ctx, "exclusiveMaximum", original.ExclusiveMaximum, update.ExclusiveMaximum,
            SchemaChangeType.ExclusiveMaximumAdded, SchemaChangeType.ExclusiveMaximumRemoved,
            SchemaChangeType.ExclusiveMaximumIncreased, SchemaChangeType.ExclusiveMaximumDecreased);
        BoundSchemaDiff.Compare(ctx, "exclusiveMinimum", original.ExclusiveMinimum, update.ExclusiveMinimum,
            SchemaChangeType.ExclusiveMinimumAdded, SchemaChangeType.ExclusiveMinimumRemoved,
            SchemaChangeType.ExclusiveMinimumIncreased, SchemaChangeType.ExclusiveMinimumDecreased);
        CompareMultipleOf(ctx, original.MultipleOf, update.MultipleOf);

        if (original.RequiresInteger != update.RequiresInteger)
        {
            ctx.Add(original.RequiresInteger ? SchemaChangeType.TypeExtended : SchemaChangeType.TypeNarrowed);
        }
    }

    private static void CompareMultipleOf(DiffContext ctx, decimal? original, decimal? update)
    {
        if (original == update)
        {
            return;
        }

        if (original is null)
        {
            ctx.Add("multipleOf", SchemaChangeType.MultipleOfAdded);
        }
        else if (update is null)
        {
            ctx.Add("multipleOf", SchemaChangeType.MultipleOfRemoved);
        }
        else if (Divides(original.Value, update.Value))
        {
            // Every new multiple is an old multiple, but not the other way round.
            ctx.Add("multipleOf", SchemaChangeType.MultipleOfExpanded);
        }
        else if (Divides(update.Value, original.Value))
        {
            ctx.Add("multipleOf", SchemaChangeType.MultipleOfReduced);
        }
        else
        {
            ctx.Add("multipleOf", SchemaChangeType.MultipleOfChanged);
        }
    }

    // Exact decimal arithmetic, so 0.1 divides 0.3 (the registry truncates to integers and fails on fractions).
    private static bool Divides(decimal divisor, decimal value) => divisor != 0 && value % divisor == 0;
}
