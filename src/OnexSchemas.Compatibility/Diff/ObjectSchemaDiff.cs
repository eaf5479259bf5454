using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>The object rules, in the registry's order: required, properties, dependencies, additional and unevaluated properties, size.</summary>
internal static class ObjectSchemaDiff
{
    /// <summary>Compares two object facets.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original keywords.</param>
    /// <param name="update">The updated keywords.</param>
    public static void Compare(DiffContext ctx, ObjectFacet original, ObjectFacet update)
    {
        PropertySchemaDiff.CompareRequired(ctx, original, update);
        PropertySchemaDiff.CompareProperties(ctx, original, update);
        DependencySchemaDiff.Compare(ctx, original, update);
        CompareAdditionalProperties(ctx, original, update);
        UnevaluatedSchemaDiff.Compare(ctx, "unevaluatedProperties", original.UnevaluatedProperties, update.UnevaluatedProperties,
            SchemaChangeType.UnevaluatedPropertiesAdded, SchemaChangeType.UnevaluatedPropertiesRemoved,
            SchemaChangeType.UnevaluatedPropertiesExtended, SchemaChangeType.UnevaluatedPropertiesNarrowed);
        BoundSchemaDiff.Compare(ctx, "maxProperties", original.MaxProperties, update.MaxProperties,
            SchemaChangeType.MaxPropertiesAdded, SchemaChangeType.MaxPropertiesRemoved,
            SchemaChangeType.MaxPropertiesIncreased, SchemaChangeType.MaxPropertiesDecreased);
        BoundSchemaDiff.Compare(ctx, "minProperties", original.MinProperties, update.MinProperties,
            SchemaChangeType.MinPropertiesAdded, SchemaChangeType.MinPropertiesRemoved,
            SchemaChangeType.MinPropertiesIncreased, SchemaChangeType.MinPropertiesDecreased);
    }

    private static void CompareAdditionalProperties(DiffContext ctx, ObjectFacet original, ObjectFacet update)
    {
        ctx.Enter("additionalProperties");
        if (original.PermitsAdditionalProperties != update.PermitsAdditionalProperties)
        {
            ctx.Add(update.PermitsAdditionalProperties
                ? SchemaChangeType.AdditionalPropertiesAdded
                : SchemaChangeType.AdditionalPropertiesRemoved);
        }
        else if (original.AdditionalPropertiesSchema is null && update.AdditionalPropertiesSchema is not null)
        {
            ctx.Add(SchemaChangeType.AdditionalPropertiesNarrowed);
        }
        else if (original.AdditionalPropertiesSchema is not null && update.AdditionalPropertiesSchema is null)
        {
            ctx.Add(SchemaChangeType.AdditionalPropertiesExtended);
        }
        else
        {
            NodeComparer.Compare(ctx, original.AdditionalPropertiesSchema, update.AdditionalPropertiesSchema);
        }

        ctx.Exit();
    }
}
