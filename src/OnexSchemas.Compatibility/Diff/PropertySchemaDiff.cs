using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>
/// Properties added, removed or changed, and required flags. Additions are judged by the original's content
/// model (could old data already carry the name?), removals by the update's (will the update still accept it?).
/// </summary>
internal static class PropertySchemaDiff
{
    /// <summary>Reports required flags that changed on properties both sides declare, at <c>required/name</c>.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original keywords.</param>
    /// <param name="update">The updated keywords.</param>
    public static void CompareRequired(DiffContext ctx, ObjectFacet original, ObjectFacet update)
    {
        if (original.Required is null && update.Required is null)
        {
            return;
        }

        var names = original.PropertyNames;
        for (var i = 0; i < names.Length; i++)
        {
            var j = update.IndexOf(names[i]);
            if (j < 0)
            {
                continue;
            }

            var wasRequired = original.IsRequired(names[i]);
            var isRequired = update.IsRequired(names[i]);
            if (wasRequired == isRequired)
            {
                continue;
            }

            ctx.Enter("required");
            ctx.Add(names[i], !isRequired ? SchemaChangeType.RequiredAttributeRemoved
                : update.PropertyHasDefault[j] ? SchemaChangeType.RequiredAttributeWithDefaultAdded
                : SchemaChangeType.RequiredAttributeAdded);
            ctx.Exit();
        }
    }

    /// <summary>Compares the declared properties.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original keywords.</param>
    /// <param name="update">The updated keywords.</param>
    public static void CompareProperties(DiffContext ctx, ObjectFacet original, ObjectFacet update)
    {
        if (original.PropertyNames.Length == 0 && update.PropertyNames.Length == 0)
        {
            return;
        }

        ctx.Enter("properties");
        for (var i = 0; i < original.PropertyNames.Length; i++)
        {
            var name = original.PropertyNames[i];
            var j = update.IndexOf(name);
            ctx.Enter(name);
            if (j >= 0)
            {
                NodeComparer.Compare(ctx, original.PropertySchemas[i], update.PropertySchemas[j]);
            }
            else
            {
                PropertyRemoved(ctx, original, name, original.PropertySchemas[i], update);
            }

            ctx.Exit();
        }

        for (var j = 0; j < update.PropertyNames.Length; j++)
        {
            var name = update.PropertyNames[j];
            if (original.IndexOf(name) >= 0)
            {
                continue;
            }

            ctx.Enter(name);
            PropertyAdded(ctx, original, update, j);
            ctx.Exit();
        }

        ctx.Exit();
    }

    private static void PropertyRemoved(DiffContext ctx, ObjectFacet original, string name, SchemaNode removed, ObjectFacet update)
    {
        if (ContentModel.IsOpen(update))
        {
            ctx.Add(SchemaChangeType.PropertyRemovedFromOpenContentModel);
            return;
        }

        if (ContentModel.CoveringSchema(update, name) is { } covering)
        {
            var changes = NodeComparer.Capture(ctx, removed, covering);
            ctx.Changes.AddRange(changes);
            ctx.Add(ctx.IsCompatible(changes)
                ? SchemaChangeType.PropertyRemovedIsCoveredByPartiallyOpenContentModel
                : SchemaChangeType.PropertyRemovedNotCoveredByPartiallyOpenContentModel);
            return;
        }

        if (removed.Kind == SchemaKind.False)
        {
            ctx.Add(SchemaChangeType.PropertyWithFalseRemovedFromClosedContentModel);
        }
        else
        {
            ctx.Add(SchemaChangeType.PropertyRemovedFromClosedContentModel);
        }
    }

    private static void PropertyAdded(DiffContext ctx, ObjectFacet original, ObjectFacet update, int index)
    {
        var name = update.PropertyNames[index];
        var added = update.PropertySchemas[index];
        var required = update.IsRequired(name);
        var hasDefault = update.PropertyHasDefault[index];
        if (ContentModel.IsOpen(original))
        {
            ctx.Add(added.IsEmpty ? SchemaChangeType.PropertyWithEmptySchemaAddedToOpenContentModel
                : !required ? SchemaChangeType.OptionalPropertyAddedToOpenContentModel
                : hasDefault ? SchemaChangeType.RequiredPropertyWithDefaultAddedToOpenContentModel
                : SchemaChangeType.RequiredPropertyAddedToOpenContentModel);
            return;
        }

        if (ContentModel.CoveringSchema(original, name) is { } covering)
        {
            var changes = NodeComparer.Capture(ctx, covering, added);
            ctx.Changes.AddRange(changes);
            ctx.Add(ctx.IsCompatible(changes)
                ? SchemaChangeType.PropertyAddedIsCoveredByPartiallyOpenContentModel
                : SchemaChangeType.PropertyAddedNotCoveredByPartiallyOpenContentModel);
        }

        // Closed and partially open models alike report whether the new property is required.
        ctx.Add(!required ? SchemaChangeType.OptionalPropertyAddedToUnopenContentModel
            : hasDefault ? SchemaChangeType.RequiredPropertyWithDefaultAddedToUnopenContentModel
            : SchemaChangeType.RequiredPropertyAddedToUnopenContentModel);
    }
}
