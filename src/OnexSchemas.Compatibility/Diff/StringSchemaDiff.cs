using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>The string rules: maxLength, minLength and pattern.</summary>
internal static class StringSchemaDiff
{
    /// <summary>Compares two string facets.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original keywords.</param>
    /// <param name="update">The updated keywords.</param>
    public static void Compare(DiffContext ctx, StringFacet original, StringFacet update)
    {
        BoundSchemaDiff.Compare(ctx, "maxLength", original.MaxLength, update.MaxLength,
            SchemaChangeType.MaxLengthAdded, SchemaChangeType.MaxLengthRemoved,
            SchemaChangeType.MaxLengthIncreased, SchemaChangeType.MaxLengthDecreased);
        BoundSchemaDiff.Compare(ctx, "minLength", original.MinLength, update.MinLength,
            SchemaChangeType.MinLengthAdded, SchemaChangeType.MinLengthRemoved,
            SchemaChangeType.MinLengthIncreased, SchemaChangeType.MinLengthDecreased);
        ComparePattern(ctx, original.Pattern, update.Pattern);
    }

    private static void ComparePattern(DiffContext ctx, string? original, string? update)
    {
        if (original is null)
        {
            if (update is not null)
            {
                ctx.Add("pattern", SchemaChangeType.PatternAdded);
            }
        }
        else if (update is null)
        {
            ctx.Add("pattern", SchemaChangeType.PatternRemoved);
        }
        else if (!string.Equals(original, update, StringComparison.Ordinal))
        {
            // Deciding whether one regular language contains another is out of reach, so any change breaks.
            ctx.Add("pattern", SchemaChangeType.PatternChanged);
        }
    }
}
