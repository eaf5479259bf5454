namespace OnexSchemas.Compatibility;

/// <summary>
/// The registry's wording of an incompatible change:
/// <c>{errorType:"TYPE_CHANGED", description:"A type at path '#/properties/a' is different between the new schema and the old schema"}</c>.
/// </summary>
internal static class RegistryMessages
{
    /// <summary>Formats one change as the registry lists it in a 409 response.</summary>
    /// <param name="change">The change.</param>
    /// <param name="reader">Who reads: <c>new</c> for BACKWARD, <c>old</c> for FORWARD.</param>
    /// <param name="writer">Who wrote: <c>old</c> for BACKWARD, <c>new</c> for FORWARD.</param>
    /// <returns>The message.</returns>
    public static string Format(SchemaChange change, string reader, string writer) =>
        "{errorType:\"" + change.TypeName + "\", description:\"" + Describe(change.Type, change.Path, reader, writer) + "\"}";

    /// <summary>The registry's description of a change; empty for types the registry has no sentence for.</summary>
    /// <param name="type">The change type.</param>
    /// <param name="path">The change path.</param>
    /// <param name="reader">Who reads.</param>
    /// <param name="writer">Who wrote.</param>
    /// <returns>The description.</returns>
    public static string Describe(SchemaChangeType type, string path, string reader, string writer) => type switch
    {
        SchemaChangeType.MaximumAdded or SchemaChangeType.MinimumAdded or SchemaChangeType.ExclusiveMaximumAdded
            or SchemaChangeType.ExclusiveMinimumAdded or SchemaChangeType.MultipleOfAdded or SchemaChangeType.MaxLengthAdded
            or SchemaChangeType.MinLengthAdded or SchemaChangeType.PatternAdded or SchemaChangeType.RequiredAttributeAdded
            or SchemaChangeType.MaxPropertiesAdded or SchemaChangeType.MinPropertiesAdded or SchemaChangeType.DependencyArrayAdded
            or SchemaChangeType.DependencySchemaAdded or SchemaChangeType.MaxItemsAdded or SchemaChangeType.MinItemsAdded
            or SchemaChangeType.MaxContainsAdded or SchemaChangeType.MinContainsAdded or SchemaChangeType.UniqueItemsAdded
            or SchemaChangeType.AdditionalItemsRemoved or SchemaChangeType.AdditionalPropertiesRemoved
            or SchemaChangeType.UnevaluatedPropertiesRemoved or SchemaChangeType.UnevaluatedItemsRemoved =>
            $"The keyword at path '{path}' in the {reader} schema is not present in the {writer} schema",
        SchemaChangeType.MinLengthIncreased or SchemaChangeType.MinimumIncreased or SchemaChangeType.ExclusiveMinimumIncreased
            or SchemaChangeType.MinPropertiesIncreased or SchemaChangeType.MultipleOfExpanded or SchemaChangeType.MinItemsIncreased
            or SchemaChangeType.MinContainsIncreased =>
            $"The value at path '{path}' in the {reader} schema is more than its value in the {writer} schema",
        SchemaChangeType.MaxLengthDecreased or SchemaChangeType.MaximumDecreased or SchemaChangeType.MaxItemsDecreased
            or SchemaChangeType.MaxContainsDecreased or SchemaChangeType.ExclusiveMaximumDecreased
            or SchemaChangeType.MaxPropertiesDecreased =>
            $"The value at path '{path}' in the {reader} schema is less than its value in the {writer} schema",
        SchemaChangeType.PatternChanged or SchemaChangeType.MultipleOfChanged or SchemaChangeType.DependencyArrayChanged =>
            $"The value at path '{path}' is different between the {reader} and {writer} schema",
        SchemaChangeType.AdditionalItemsNarrowed or SchemaChangeType.EnumArrayNarrowed or SchemaChangeType.SumTypeNarrowed
            or SchemaChangeType.AdditionalPropertiesNarrowed or SchemaChangeType.UnevaluatedPropertiesNarrowed
            or SchemaChangeType.UnevaluatedItemsNarrowed =>
            $"An array or combined type at path '{path}' has fewer elements in the {reader} schema than the {writer} schema",
        SchemaChangeType.DependencyArrayExtended or SchemaChangeType.ProductTypeExtended or SchemaChangeType.SumTypeExtended
            or SchemaChangeType.NotTypeExtended =>
            $"An array or combined type at path '{path}' has more elements in the {reader} schema than the {writer} schema",
        SchemaChangeType.TypeChanged or SchemaChangeType.TypeNarrowed or SchemaChangeType.CombinedTypeChanged
            or SchemaChangeType.CombinedTypeSubschemasChanged or SchemaChangeType.EnumArrayChanged =>
            $"A type at path '{path}' is different between the {reader} schema and the {writer} schema",
        SchemaChangeType.RequiredPropertyAddedToOpenContentModel or SchemaChangeType.RequiredPropertyWithDefaultAddedToOpenContentModel
            or SchemaChangeType.OptionalPropertyAddedToOpenContentModel or SchemaChangeType.ItemAddedToOpenContentModel =>
            $"The {reader} schema has an open content model and has a property or item at path '{path}' which is missing in the {writer} schema",
        SchemaChangeType.RequiredPropertyAddedToUnopenContentModel =>
            $"The {reader} schema has an unopen content model and has a required property at path '{path}' which is missing in the {writer} schema",
        SchemaChangeType.PropertyRemovedFromClosedContentModel or SchemaChangeType.ItemRemovedFromClosedContentModel =>
            $"The {reader} schema has a closed content model and is missing a property or item present at path '{path}' in the {writer} schema",
        SchemaChangeType.PropertyRemovedNotCoveredByPartiallyOpenContentModel or SchemaChangeType.ItemRemovedNotCoveredByPartiallyOpenContentModel =>
            $"A property or item is missing in the {reader} schema but present at path '{path}' in the {writer} schema and is not covered by its partially open content model",
        SchemaChangeType.PropertyAddedNotCoveredByPartiallyOpenContentModel or SchemaChangeType.ItemAddedNotCoveredByPartiallyOpenContentModel =>
            $"The {reader} schema has a property or item at path '{path}' which is missing in the {writer} schema and is not covered by its partially open content model",
        SchemaChangeType.ReservedPropertyRemoved =>
            $"The {reader} schema has reserved property '{path}' removed from its metadata which is present in the {writer} schema.",
        SchemaChangeType.ReservedPropertyConflictsWithProperty =>
            $"The {reader} schema has property at path '{path}' that conflicts with the reserved properties which is missing in the {writer} schema.",
        _ => string.Empty,
    };
}
