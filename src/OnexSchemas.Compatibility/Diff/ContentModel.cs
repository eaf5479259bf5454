using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>
/// Open, partially open and closed content models, decided as the registry decides them. Open: anything unlisted
/// is allowed. Partially open: unlisted names are checked against patternProperties, a schema-valued
/// additionalProperties (or additionalItems), or a schema-valued unevaluated* keyword. Closed: unlisted is forbidden.
/// </summary>
internal static class ContentModel
{
    /// <summary>Whether unlisted properties may hold anything.</summary>
    /// <param name="facet">The object keywords.</param>
    /// <returns>Whether the model is open.</returns>
    public static bool IsOpen(ObjectFacet facet) =>
        facet.PatternProperties.Length == 0
        && facet.AdditionalPropertiesSchema is null
        && facet.PermitsAdditionalProperties
        && (facet.UnevaluatedProperties is null || facet.UnevaluatedProperties.IsEmpty);

    /// <summary>The schema an unlisted property of this name must match, when the model is partially open.</summary>
    /// <param name="facet">The object keywords.</param>
    /// <param name="name">The property name.</param>
    /// <returns>The covering schema, or <see langword="null"/> when the model is closed for this name.</returns>
    public static SchemaNode? CoveringSchema(ObjectFacet facet, string name)
    {
        foreach (var pattern in facet.PatternProperties)
        {
            if (pattern.Matches(name))
            {
                return pattern.Schema;
            }
        }

        if (facet.AdditionalPropertiesSchema is not null)
        {
            return facet.AdditionalPropertiesSchema;
        }

        return facet.PermitsAdditionalProperties ? SchemaValued(facet.UnevaluatedProperties) : null;
    }

    /// <summary>Whether items past the tuple may hold anything.</summary>
    /// <param name="facet">The array keywords.</param>
    /// <returns>Whether the model is open.</returns>
    public static bool IsOpen(ArrayFacet facet) =>
        facet.PermitsAdditionalItems
        && facet.AdditionalItemsSchema is null
        && (facet.UnevaluatedItems is null || facet.UnevaluatedItems.IsEmpty);

    /// <summary>The schema items past the tuple must match, when the model is partially open.</summary>
    /// <param name="facet">The array keywords.</param>
    /// <returns>The covering schema, or <see langword="null"/> when the tuple is closed.</returns>
    public static SchemaNode? CoveringSchema(ArrayFacet facet)
    {
        if (facet.AdditionalItemsSchema is not null)
        {
            return facet.AdditionalItemsSchema;
        }

        return facet.PermitsAdditionalItems ? SchemaValued(facet.UnevaluatedItems) : null;
    }

    private static SchemaNode? SchemaValued(SchemaNode? unevaluated) =>
        unevaluated is { Kind: not SchemaKind.Empty and not SchemaKind.False } ? unevaluated : null;
}
