using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>
/// Tuple positions, reported at <c>items/i</c>. Positions both sides declare are compared; an added position is
/// judged by the original's content model, a removed one by the update's.
/// </summary>
internal static class ItemSchemaDiff
{
    /// <summary>Compares the tuple positions of two array facets.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original keywords.</param>
    /// <param name="update">The updated keywords.</param>
    public static void Compare(DiffContext ctx, ArrayFacet original, ArrayFacet update)
    {
        var olds = original.ItemSchemas;
        var news = update.ItemSchemas;
        if (olds.Length == 0 && news.Length == 0)
        {
            return;
        }

        ctx.Enter("items");
        var shared = Math.Min(olds.Length, news.Length);
        for (var i = 0; i < shared; i++)
        {
            ctx.Enter(PathSegments.Index(i));
            NodeComparer.Compare(ctx, olds[i], news[i]);
            ctx.Exit();
        }

        for (var i = shared; i < olds.Length; i++)
        {
            ctx.Enter(PathSegments.Index(i));
            ItemRemoved(ctx, olds[i], update);
            ctx.Exit();
        }

        for (var i = shared; i < news.Length; i++)
        {
            ctx.Enter(PathSegments.Index(i));
            ItemAdded(ctx, original, news[i]);
            ctx.Exit();
        }

        ctx.Exit();
    }

    private static void ItemRemoved(DiffContext ctx, SchemaNode removed, ArrayFacet update)
    {
        if (ContentModel.IsOpen(update))
        {
            ctx.Add(SchemaChangeType.ItemRemovedFromOpenContentModel);
        }
        else if (ContentModel.CoveringSchema(update) is { } covering)
        {
            var changes = NodeComparer.Capture(ctx, removed, covering);
            ctx.Changes.AddRange(changes);
            ctx.Add(ctx.IsCompatible(changes)
                ? SchemaChangeType.ItemRemovedIsCoveredByPartiallyOpenContentModel
                : SchemaChangeType.ItemRemovedNotCoveredByPartiallyOpenContentModel);
        }
        else
        {
            ctx.Add(removed.Kind == SchemaKind.False
                ? SchemaChangeType.ItemWithFalseRemovedFromClosedContentModel
                : SchemaChangeType.ItemRemovedFromClosedContentModel);
        }
    }

    private static void ItemAdded(DiffContext ctx, ArrayFacet original, SchemaNode added)
    {
        if (ContentModel.IsOpen(original))
        {
            ctx.Add(added.IsEmpty
                ? SchemaChangeType.ItemWithEmptySchemaAddedToOpenContentModel
                : SchemaChangeType.ItemAddedToOpenContentModel);
        }
        else if (ContentModel.CoveringSchema(original) is { } covering)
        {
            var changes = NodeComparer.Capture(ctx, covering, added);
            ctx.Changes.AddRange(changes);
            ctx.Add(ctx.IsCompatible(changes)
                ? SchemaChangeType.ItemAddedIsCoveredByPartiallyOpenContentModel
                : SchemaChangeType.ItemAddedNotCoveredByPartiallyOpenContentModel);
        }
        else
        {
            ctx.Add(SchemaChangeType.ItemAddedToClosedContentModel);
        }
    }
}
