using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>The not rule: a negation is compatible when the negated schema got narrower, so the sides swap.</summary>
internal static class NotSchemaDiff
{
    /// <summary>Compares two not-schemas.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original node.</param>
    /// <param name="update">The updated node.</param>
    public static void Compare(DiffContext ctx, SchemaNode original, SchemaNode update)
    {
        ctx.Enter("not");
        var reversed = NodeComparer.Capture(ctx, update.Negated, original.Negated);

        // The registry reports NOT_TYPE_NARROWED even for an unchanged negation; that would make a schema differ
        // from itself, so an unchanged negation reports nothing here.
        if (reversed.Count > 0)
        {
            ctx.Add(ctx.IsCompatible(reversed) ? SchemaChangeType.NotTypeNarrowed : SchemaChangeType.NotTypeExtended);
        }

        ctx.Exit();
    }
}
