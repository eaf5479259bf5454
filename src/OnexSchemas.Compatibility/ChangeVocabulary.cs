using static OnexSchemas.Compatibility.ChangeTraits;
using static OnexSchemas.Compatibility.ChangeVerdict;

namespace OnexSchemas.Compatibility;

/// <summary>
/// The change vocabulary: for each <see cref="SchemaChangeType"/>, the name the registry prints, its BACKWARD verdict
/// under each policy (FORWARD is the same verdict of the diff taken the other way round) and why. STRICT follows the
/// registry's COMPATIBLE_CHANGES set; LENIENT adds the changes that only matter when readers reject unknown
/// properties (the registry's robustness-principle policy).
/// </summary>
/// <remarks>
/// Each entry names its type, and the table is checked when the class loads: a type without an entry, a type with two
/// entries, or a registry name that does not spell its member fails the first use, instead of silently pairing one
/// type with another's verdict.
/// </remarks>
public static class ChangeVocabulary
{
    private static readonly ChangeDefinition[] ByType = Index(Table());

    private static readonly Dictionary<string, SchemaChangeType> ByName =
        ByType.ToDictionary(definition => definition.RegistryName, definition => definition.Type, StringComparer.OrdinalIgnoreCase);

    /// <summary>All change types, in the registry's order.</summary>
    public static IReadOnlyList<SchemaChangeType> All { get; } = Array.ConvertAll(ByType, definition => definition.Type);

    /// <summary>Every entry, in the registry's order.</summary>
    public static IReadOnlyList<ChangeDefinition> Definitions { get; } = ByType;

    /// <summary>The entry for <paramref name="type"/>.</summary>
    /// <param name="type">The change type.</param>
    /// <returns>Its registry name, verdict, reason and traits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a member of the enum.</exception>
    public static ChangeDefinition Describe(SchemaChangeType type) =>
        (uint)type < (uint)ByType.Length
            ? ByType[(int)type]
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown change type.");

    /// <summary>The registry's name for <paramref name="type"/>, for example <c>TYPE_CHANGED</c>.</summary>
    /// <param name="type">The change type.</param>
    /// <returns>The SCREAMING_SNAKE name the registry prints.</returns>
    public static string ToRegistryName(this SchemaChangeType type) => Describe(type).RegistryName;

    /// <summary>Parses a registry name such as <c>TYPE_CHANGED</c> (case-insensitive, surrounding white space ignored).</summary>
    /// <param name="name">The registry name.</param>
    /// <param name="type">The change type, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is one the registry uses.</returns>
    public static bool TryParse(string? name, out SchemaChangeType type)
    {
        type = default;
        return name is not null && ByName.TryGetValue(name.Trim(), out type);
    }

    /// <summary>Parses a registry name such as <c>TYPE_CHANGED</c> (case-insensitive).</summary>
    /// <param name="name">The registry name.</param>
    /// <returns>The change type.</returns>
    /// <exception cref="FormatException">The name is not one the registry uses.</exception>
    public static SchemaChangeType Parse(string name) =>
        TryParse(name, out var type) ? type : throw new FormatException($"'{name}' is not a JSON Schema change type the registry reports.");

    /// <summary>Whether <paramref name="type"/> keeps BACKWARD compatibility under <paramref name="policy"/>.</summary>
    /// <param name="type">The change type.</param>
    /// <param name="policy">The policy.</param>
    /// <returns><see langword="true"/> when the registry accepts the change.</returns>
    public static bool IsCompatible(SchemaChangeType type, CompatibilityPolicy policy = CompatibilityPolicy.Strict) =>
        Describe(type).IsCompatible(policy);

    /// <summary>One sentence saying why the change keeps or breaks compatibility.</summary>
    /// <param name="type">The change type.</param>
    /// <returns>The documented reason.</returns>
    public static string Reason(SchemaChangeType type) => Describe(type).Reason;

    /// <summary>Whether the change touches only annotations (id, title, description, default) and never validation.</summary>
    /// <param name="type">The change type.</param>
    /// <returns><see langword="true"/> for annotation-only changes.</returns>
    public static bool IsAnnotationOnly(SchemaChangeType type) => (Describe(type).Traits & AnnotationOnly) != 0;

    /// <summary>Whether <see cref="SchemaDiffer"/> may report the change (see <see cref="ChangeTraits.NeverReported"/>).</summary>
    /// <param name="type">The change type.</param>
    /// <returns><see langword="true"/> when this engine may report it.</returns>
    public static bool IsReported(SchemaChangeType type) => (Describe(type).Traits & NeverReported) == 0;

    /// <summary>
    /// Orders <paramref name="definitions"/> by type and checks that every member of <see cref="SchemaChangeType"/>
    /// has exactly one entry whose registry name spells it (<c>TypeChanged</c> ↔ <c>TYPE_CHANGED</c>).
    /// </summary>
    /// <param name="definitions">The entries, in any order.</param>
    /// <returns>The entries indexed by type.</returns>
    /// <exception cref="InvalidOperationException">An entry is missing, repeated, misspelt or without a reason.</exception>
    internal static ChangeDefinition[] Index(IEnumerable<ChangeDefinition> definitions)
    {
        var members = Enum.GetValues<SchemaChangeType>();
        var indexed = new ChangeDefinition?[members.Length];
        foreach (var definition in definitions)
        {
            var index = Array.IndexOf(members, definition.Type);
            if (index < 0 || (int)definition.Type != index)
            {
                throw new InvalidOperationException($"{definition.Type}: change types must be numbered 0..{members.Length - 1} without gaps.");
            }

            if (indexed[index] is not null)
            {
                throw new InvalidOperationException($"{definition.Type} has two entries in the change vocabulary.");
            }

            if (!string.Equals(definition.RegistryName, ScreamingSnake(definition.Type.ToString()), StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{definition.Type}: the registry name '{definition.RegistryName}' does not spell the member ({ScreamingSnake(definition.Type.ToString())}).");
            }

            if (string.IsNullOrWhiteSpace(definition.Reason))
            {
                throw new InvalidOperationException($"{definition.Type} has no reason.");
            }

            indexed[index] = definition;
        }

        var missing = Array.FindIndex(indexed, definition => definition is null);
        if (missing >= 0)
        {
            throw new InvalidOperationException($"{members[missing]} has no entry in the change vocabulary.");
        }

        return Array.ConvertAll(indexed, definition => definition!);
    }

    // The registry's names are the members' PascalCase words joined by underscores, so a typo in either shows here.
    private static string ScreamingSnake(string member) =>
        string.Concat(member.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    // In the registry's order (its JSON-Schema Difference.Type enum), one entry per type.
    private static ChangeDefinition[] Table() =>
    [
        new(SchemaChangeType.IdChanged, "ID_CHANGED", Compatible, "The schema identifier is metadata; no document's validity depends on it.", AnnotationOnly),
        new(SchemaChangeType.DescriptionChanged, "DESCRIPTION_CHANGED", Compatible, "Descriptions are annotations and never affect validation.", AnnotationOnly),
        new(SchemaChangeType.TitleChanged, "TITLE_CHANGED", Compatible, "Titles are annotations and never affect validation.", AnnotationOnly),
        new(SchemaChangeType.DefaultChanged, "DEFAULT_CHANGED", Compatible, "A default is an annotation for producers and readers; validation ignores it.", AnnotationOnly),
        new(SchemaChangeType.SchemaAdded, "SCHEMA_ADDED", Breaking, "A subschema now constrains a position the old schema left free, so old data may fail it."),
        new(SchemaChangeType.SchemaRemoved, "SCHEMA_REMOVED", Compatible, "A subschema that constrained a position is gone, so everything it accepted is still accepted."),
        new(SchemaChangeType.TypeExtended, "TYPE_EXTENDED", Compatible, "The new type accepts every value of the old one (integer to number)."),
        new(SchemaChangeType.TypeNarrowed, "TYPE_NARROWED", Breaking, "The new type rejects values the old one accepted (number to integer)."),
        new(SchemaChangeType.TypeChanged, "TYPE_CHANGED", Breaking, "The value kind changed, so old values of the old kind are rejected."),
        new(SchemaChangeType.MaxLengthAdded, "MAX_LENGTH_ADDED", Breaking, "Old strings longer than the new limit are rejected."),
        new(SchemaChangeType.MaxLengthRemoved, "MAX_LENGTH_REMOVED", Compatible, "Removing the upper bound only admits more strings."),
        new(SchemaChangeType.MaxLengthIncreased, "MAX_LENGTH_INCREASED", Compatible, "A larger upper bound admits every string the old one did."),
        new(SchemaChangeType.MaxLengthDecreased, "MAX_LENGTH_DECREASED", Breaking, "Strings between the new and old bound are now rejected."),
        new(SchemaChangeType.MinLengthAdded, "MIN_LENGTH_ADDED", Breaking, "Old strings shorter than the new bound are rejected."),
        new(SchemaChangeType.MinLengthRemoved, "MIN_LENGTH_REMOVED", Compatible, "Removing the lower bound only admits more strings."),
        new(SchemaChangeType.MinLengthIncreased, "MIN_LENGTH_INCREASED", Breaking, "Strings between the old and new bound are now rejected."),
        new(SchemaChangeType.MinLengthDecreased, "MIN_LENGTH_DECREASED", Compatible, "A smaller lower bound admits every string the old one did."),
        new(SchemaChangeType.PatternAdded, "PATTERN_ADDED", Breaking, "Old strings that do not match the new pattern are rejected."),
        new(SchemaChangeType.PatternRemoved, "PATTERN_REMOVED", Compatible, "Removing the pattern only admits more strings."),
        new(SchemaChangeType.PatternChanged, "PATTERN_CHANGED", Breaking, "Regular-expression inclusion is not decided, so any pattern change is treated as breaking."),
        new(SchemaChangeType.MaximumAdded, "MAXIMUM_ADDED", Breaking, "Old numbers above the new maximum are rejected."),
        new(SchemaChangeType.MaximumRemoved, "MAXIMUM_REMOVED", Compatible, "Removing the maximum only admits more numbers."),
        new(SchemaChangeType.MaximumIncreased, "MAXIMUM_INCREASED", Compatible, "A larger maximum admits every number the old one did."),
        new(SchemaChangeType.MaximumDecreased, "MAXIMUM_DECREASED", Breaking, "Numbers between the new and old maximum are now rejected."),
        new(SchemaChangeType.MinimumAdded, "MINIMUM_ADDED", Breaking, "Old numbers below the new minimum are rejected."),
        new(SchemaChangeType.MinimumRemoved, "MINIMUM_REMOVED", Compatible, "Removing the minimum only admits more numbers."),
        new(SchemaChangeType.MinimumIncreased, "MINIMUM_INCREASED", Breaking, "Numbers between the old and new minimum are now rejected."),
        new(SchemaChangeType.MinimumDecreased, "MINIMUM_DECREASED", Compatible, "A smaller minimum admits every number the old one did."),
        new(SchemaChangeType.ExclusiveMaximumAdded, "EXCLUSIVE_MAXIMUM_ADDED", Breaking, "Old numbers at or above the new exclusive maximum are rejected."),
        new(SchemaChangeType.ExclusiveMaximumRemoved, "EXCLUSIVE_MAXIMUM_REMOVED", Compatible, "Removing the exclusive maximum only admits more numbers."),
        new(SchemaChangeType.ExclusiveMaximumIncreased, "EXCLUSIVE_MAXIMUM_INCREASED", Compatible, "A larger exclusive maximum admits every number the old one did."),
        new(SchemaChangeType.ExclusiveMaximumDecreased, "EXCLUSIVE_MAXIMUM_DECREASED", Breaking, "Numbers between the new and old exclusive maximum are now rejected."),
        new(SchemaChangeType.ExclusiveMinimumAdded, "EXCLUSIVE_MINIMUM_ADDED", Breaking, "Old numbers at or below the new exclusive minimum are rejected."),
        new(SchemaChangeType.ExclusiveMinimumRemoved, "EXCLUSIVE_MINIMUM_REMOVED", Compatible, "Removing the exclusive minimum only admits more numbers."),
        new(SchemaChangeType.ExclusiveMinimumIncreased, "EXCLUSIVE_MINIMUM_INCREASED", Breaking, "Numbers between the old and new exclusive minimum are now rejected."),
        new(SchemaChangeType.ExclusiveMinimumDecreased, "EXCLUSIVE_MINIMUM_DECREASED", Compatible, "A smaller exclusive minimum admits every number the old one did."),
        new(SchemaChangeType.MultipleOfAdded, "MULTIPLE_OF_ADDED", Breaking, "Old numbers that are not multiples of the new divisor are rejected."),
        new(SchemaChangeType.MultipleOfRemoved, "MULTIPLE_OF_REMOVED", Compatible, "Removing the divisor only admits more numbers."),
        new(SchemaChangeType.MultipleOfExpanded, "MULTIPLE_OF_EXPANDED", Breaking, "The new divisor is a multiple of the old one, so old multiples that are not new multiples are rejected."),
        new(SchemaChangeType.MultipleOfReduced, "MULTIPLE_OF_REDUCED", Compatible, "The new divisor divides the old one, so every old multiple is still a multiple."),
        new(SchemaChangeType.MultipleOfChanged, "MULTIPLE_OF_CHANGED", Breaking, "Neither divisor divides the other, so some old multiples are rejected."),
        new(SchemaChangeType.RequiredAttributeAdded, "REQUIRED_ATTRIBUTE_ADDED", Breaking, "Old documents that omit the newly required property are rejected."),
        new(SchemaChangeType.RequiredAttributeWithDefaultAdded, "REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED", Compatible, "The property becomes required but has a default a reader can fill in for old documents."),
        new(SchemaChangeType.RequiredAttributeRemoved, "REQUIRED_ATTRIBUTE_REMOVED", Compatible, "The property becomes optional, which only admits more documents."),
        new(SchemaChangeType.MaxPropertiesAdded, "MAX_PROPERTIES_ADDED", Breaking, "Old objects with more properties than the new limit are rejected."),
        new(SchemaChangeType.MaxPropertiesRemoved, "MAX_PROPERTIES_REMOVED", Compatible, "Removing the limit only admits more objects."),
        new(SchemaChangeType.MaxPropertiesIncreased, "MAX_PROPERTIES_INCREASED", Compatible, "A larger limit admits every object the old one did."),
        new(SchemaChangeType.MaxPropertiesDecreased, "MAX_PROPERTIES_DECREASED", Breaking, "Objects between the new and old limit are now rejected."),
        new(SchemaChangeType.MinPropertiesAdded, "MIN_PROPERTIES_ADDED", Breaking, "Old objects with fewer properties than the new bound are rejected."),
        new(SchemaChangeType.MinPropertiesRemoved, "MIN_PROPERTIES_REMOVED", Compatible, "Removing the bound only admits more objects."),
        new(SchemaChangeType.MinPropertiesIncreased, "MIN_PROPERTIES_INCREASED", Breaking, "Objects between the old and new bound are now rejected."),
        new(SchemaChangeType.MinPropertiesDecreased, "MIN_PROPERTIES_DECREASED", Compatible, "A smaller bound admits every object the old one did."),
        new(SchemaChangeType.AdditionalPropertiesAdded, "ADDITIONAL_PROPERTIES_ADDED", Compatible, "Unlisted properties become allowed, which only admits more objects."),
        new(SchemaChangeType.AdditionalPropertiesRemoved, "ADDITIONAL_PROPERTIES_REMOVED", CompatibleUnderLenient, "Unlisted properties become forbidden, so old objects carrying extra properties are rejected; LENIENT assumes readers ignore unknown properties."),
        new(SchemaChangeType.AdditionalPropertiesExtended, "ADDITIONAL_PROPERTIES_EXTENDED", Compatible, "Unlisted properties were constrained by a schema and now may be anything."),
        new(SchemaChangeType.AdditionalPropertiesNarrowed, "ADDITIONAL_PROPERTIES_NARROWED", CompatibleUnderLenient, "Unlisted properties were free and must now match a schema; LENIENT assumes readers ignore unknown properties."),
        new(SchemaChangeType.DependencyArrayAdded, "DEPENDENCY_ARRAY_ADDED", Breaking, "A new property dependency makes old objects without the dependent properties invalid."),
        new(SchemaChangeType.DependencyArrayRemoved, "DEPENDENCY_ARRAY_REMOVED", Compatible, "Dropping a property dependency only admits more objects."),
        new(SchemaChangeType.DependencyArrayExtended, "DEPENDENCY_ARRAY_EXTENDED", Breaking, "More dependent properties are demanded, so old objects may lack one."),
        new(SchemaChangeType.DependencyArrayNarrowed, "DEPENDENCY_ARRAY_NARROWED", Compatible, "Fewer dependent properties are demanded, which only admits more objects."),
        new(SchemaChangeType.DependencyArrayChanged, "DEPENDENCY_ARRAY_CHANGED", Breaking, "The dependent properties changed in both directions, so old objects may lack a new one."),
        new(SchemaChangeType.DependencySchemaAdded, "DEPENDENCY_SCHEMA_ADDED", Breaking, "A new schema dependency applies constraints old objects may not meet."),
        new(SchemaChangeType.DependencySchemaRemoved, "DEPENDENCY_SCHEMA_REMOVED", Compatible, "Dropping a schema dependency only admits more objects."),
#pragma warning disable CS0618 // the deprecated registry name still needs its entry
        new(SchemaChangeType.PropertyAddedToOpenContentModel, "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL", CompatibleUnderLenient, "Registry 7.x name for a property added to an open model (old data may carry that name with any value); kept for parsing, never emitted.", NeverReported),
#pragma warning restore CS0618
        new(SchemaChangeType.RequiredPropertyAddedToOpenContentModel, "REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL", Breaking, "Old documents may lack the property, or carry it with any value, because the old model was open."),
        new(SchemaChangeType.RequiredPropertyWithDefaultAddedToOpenContentModel, "REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL", CompatibleUnderLenient, "The old open model let old documents carry this name with any value; LENIENT trusts the default and assumes producers only wrote declared properties."),
        new(SchemaChangeType.OptionalPropertyAddedToOpenContentModel, "OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL", CompatibleUnderLenient, "The old open model let old documents carry this name with any value, which the new schema may reject; LENIENT assumes producers only wrote declared properties."),
        new(SchemaChangeType.PropertyWithEmptySchemaAddedToOpenContentModel, "PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL", Compatible, "The added property accepts any value, exactly as the open model already did."),
        new(SchemaChangeType.RequiredPropertyAddedToUnopenContentModel, "REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL", Breaking, "Old documents could not carry the property, so none of them satisfies the new requirement."),
        new(SchemaChangeType.RequiredPropertyWithDefaultAddedToUnopenContentModel, "REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL", Compatible, "Old documents never carried the property and a reader can fill in the default."),
        new(SchemaChangeType.OptionalPropertyAddedToUnopenContentModel, "OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL", Compatible, "Old documents could not carry the property, so declaring it optional rejects none of them."),
        new(SchemaChangeType.PropertyRemovedFromOpenContentModel, "PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL", Compatible, "The new open model still accepts the property with any value."),
        new(SchemaChangeType.PropertyWithFalseRemovedFromClosedContentModel, "PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL", Compatible, "The property was forbidden (false), so no old document carried it."),
        new(SchemaChangeType.PropertyRemovedFromClosedContentModel, "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL", CompatibleUnderLenient, "Old documents carrying the property are rejected by the new closed model; LENIENT assumes readers ignore properties they do not know, as the registry's COMPATIBLE_CHANGES_LENIENT does."),
        new(SchemaChangeType.PropertyRemovedIsCoveredByPartiallyOpenContentModel, "PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", Compatible, "A patternProperties or additionalProperties schema of the new model still accepts the old property's values."),
        new(SchemaChangeType.PropertyRemovedNotCoveredByPartiallyOpenContentModel, "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", CompatibleUnderLenient, "The new model's patternProperties or additionalProperties schema rejects some old values of the property; LENIENT assumes readers ignore it."),
        new(SchemaChangeType.PropertyAddedIsCoveredByPartiallyOpenContentModel, "PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", Compatible, "The old model's patternProperties or additionalProperties schema already constrained this name at least as tightly."),
        new(SchemaChangeType.PropertyAddedNotCoveredByPartiallyOpenContentModel, "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", CompatibleUnderLenient, "Old documents may carry this name with values the old partially open model allowed but the new property rejects."),
        new(SchemaChangeType.ReservedPropertyRemoved, "RESERVED_PROPERTY_REMOVED", Breaking, "A name reserved in the registry metadata (confluent:reserved) was un-reserved; needs registry metadata, never emitted here.", NeverReported),
        new(SchemaChangeType.ReservedPropertyConflictsWithProperty, "RESERVED_PROPERTY_CONFLICTS_WITH_PROPERTY", Breaking, "A property uses a name reserved in the registry metadata; needs registry metadata, never emitted here.", NeverReported),
        new(SchemaChangeType.UnevaluatedPropertiesAdded, "UNEVALUATED_PROPERTIES_ADDED", Compatible, "unevaluatedProperties changed from false to allowing values, which only admits more objects."),
        new(SchemaChangeType.UnevaluatedPropertiesRemoved, "UNEVALUATED_PROPERTIES_REMOVED", CompatibleUnderLenient, "unevaluatedProperties became false, so old objects with unevaluated properties are rejected; LENIENT assumes readers ignore them."),
        new(SchemaChangeType.UnevaluatedPropertiesExtended, "UNEVALUATED_PROPERTIES_EXTENDED", Compatible, "Unevaluated properties were constrained by a schema and now may be anything."),
        new(SchemaChangeType.UnevaluatedPropertiesNarrowed, "UNEVALUATED_PROPERTIES_NARROWED", CompatibleUnderLenient, "Unevaluated properties were free and must now match a schema; LENIENT assumes readers ignore them."),
        new(SchemaChangeType.MaxItemsAdded, "MAX_ITEMS_ADDED", Breaking, "Old arrays longer than the new limit are rejected."),
        new(SchemaChangeType.MaxItemsRemoved, "MAX_ITEMS_REMOVED", Compatible, "Removing the limit only admits more arrays."),
        new(SchemaChangeType.MaxItemsIncreased, "MAX_ITEMS_INCREASED", Compatible, "A larger limit admits every array the old one did."),
        new(SchemaChangeType.MaxItemsDecreased, "MAX_ITEMS_DECREASED", Breaking, "Arrays between the new and old limit are now rejected."),
        new(SchemaChangeType.MinItemsAdded, "MIN_ITEMS_ADDED", Breaking, "Old arrays shorter than the new bound are rejected."),
        new(SchemaChangeType.MinItemsRemoved, "MIN_ITEMS_REMOVED", Compatible, "Removing the bound only admits more arrays."),
        new(SchemaChangeType.MinItemsIncreased, "MIN_ITEMS_INCREASED", Breaking, "Arrays between the old and new bound are now rejected."),
        new(SchemaChangeType.MinItemsDecreased, "MIN_ITEMS_DECREASED", Compatible, "A smaller bound admits every array the old one did."),
        new(SchemaChangeType.MaxContainsAdded, "MAX_CONTAINS_ADDED", Breaking, "Old arrays with more matching items than the new limit are rejected."),
        new(SchemaChangeType.MaxContainsRemoved, "MAX_CONTAINS_REMOVED", Compatible, "Removing the limit only admits more arrays."),
        new(SchemaChangeType.MaxContainsIncreased, "MAX_CONTAINS_INCREASED", Compatible, "A larger limit admits every array the old one did."),
        new(SchemaChangeType.MaxContainsDecreased, "MAX_CONTAINS_DECREASED", Breaking, "Arrays between the new and old limit are now rejected."),
        new(SchemaChangeType.MinContainsAdded, "MIN_CONTAINS_ADDED", Breaking, "Old arrays with fewer matching items than the new bound are rejected."),
        new(SchemaChangeType.MinContainsRemoved, "MIN_CONTAINS_REMOVED", Compatible, "Removing the bound only admits more arrays."),
        new(SchemaChangeType.MinContainsIncreased, "MIN_CONTAINS_INCREASED", Breaking, "Arrays between the old and new bound are now rejected."),
        new(SchemaChangeType.MinContainsDecreased, "MIN_CONTAINS_DECREASED", Compatible, "A smaller bound admits every array the old one did."),
        new(SchemaChangeType.UniqueItemsAdded, "UNIQUE_ITEMS_ADDED", Breaking, "Old arrays with duplicate items are rejected."),
        new(SchemaChangeType.UniqueItemsRemoved, "UNIQUE_ITEMS_REMOVED", Compatible, "Allowing duplicates only admits more arrays."),
        new(SchemaChangeType.AdditionalItemsAdded, "ADDITIONAL_ITEMS_ADDED", Compatible, "Items past the tuple become allowed, which only admits more arrays."),
        new(SchemaChangeType.AdditionalItemsRemoved, "ADDITIONAL_ITEMS_REMOVED", Breaking, "Items past the tuple become forbidden, so longer old arrays are rejected."),
        new(SchemaChangeType.AdditionalItemsExtended, "ADDITIONAL_ITEMS_EXTENDED", Compatible, "Items past the tuple were constrained by a schema and now may be anything."),
        new(SchemaChangeType.AdditionalItemsNarrowed, "ADDITIONAL_ITEMS_NARROWED", Breaking, "Items past the tuple were free and must now match a schema."),
        new(SchemaChangeType.UnevaluatedItemsAdded, "UNEVALUATED_ITEMS_ADDED", Compatible, "unevaluatedItems changed from false to allowing items, which only admits more arrays."),
        new(SchemaChangeType.UnevaluatedItemsRemoved, "UNEVALUATED_ITEMS_REMOVED", Breaking, "unevaluatedItems became false, so old arrays with unevaluated items are rejected."),
        new(SchemaChangeType.UnevaluatedItemsExtended, "UNEVALUATED_ITEMS_EXTENDED", Compatible, "Unevaluated items were constrained by a schema and now may be anything."),
        new(SchemaChangeType.UnevaluatedItemsNarrowed, "UNEVALUATED_ITEMS_NARROWED", Breaking, "Unevaluated items were free and must now match a schema."),
        new(SchemaChangeType.ItemAddedToOpenContentModel, "ITEM_ADDED_TO_OPEN_CONTENT_MODEL", Breaking, "Old arrays may hold any value at the new tuple position, which the new item schema may reject."),
        new(SchemaChangeType.ItemWithEmptySchemaAddedToOpenContentModel, "ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL", Compatible, "The new tuple position accepts any value, exactly as the open model already did."),
        new(SchemaChangeType.ItemAddedToClosedContentModel, "ITEM_ADDED_TO_CLOSED_CONTENT_MODEL", Compatible, "Old arrays could not reach the new tuple position, so none of them is rejected."),
        new(SchemaChangeType.ItemRemovedFromOpenContentModel, "ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL", Compatible, "The new open tuple accepts any value at the removed position."),
        new(SchemaChangeType.ItemWithFalseRemovedFromClosedContentModel, "ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL", Compatible, "The removed position was forbidden (false), so no old array reached it."),
        new(SchemaChangeType.ItemRemovedFromClosedContentModel, "ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL", Breaking, "Old arrays that filled the removed position are too long for the new closed tuple."),
        new(SchemaChangeType.ItemRemovedIsCoveredByPartiallyOpenContentModel, "ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", Compatible, "The new additionalItems schema still accepts the old item's values."),
        new(SchemaChangeType.ItemRemovedNotCoveredByPartiallyOpenContentModel, "ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", Breaking, "The new additionalItems schema rejects some old values at the removed position."),
        new(SchemaChangeType.ItemAddedIsCoveredByPartiallyOpenContentModel, "ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", Compatible, "The old additionalItems schema already constrained the new position at least as tightly."),
        new(SchemaChangeType.ItemAddedNotCoveredByPartiallyOpenContentModel, "ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", Breaking, "Old arrays may hold values at the new position that the old additionalItems schema allowed but the new item rejects."),
        new(SchemaChangeType.EnumArrayExtended, "ENUM_ARRAY_EXTENDED", Compatible, "Every old enum value is still allowed."),
        new(SchemaChangeType.EnumArrayNarrowed, "ENUM_ARRAY_NARROWED", Breaking, "Old documents using a dropped enum value are rejected."),
        new(SchemaChangeType.EnumArrayChanged, "ENUM_ARRAY_CHANGED", Breaking, "Some old enum (or const) values are no longer allowed."),
        new(SchemaChangeType.CombinedTypeExtended, "COMBINED_TYPE_EXTENDED", Compatible, "The combinator got weaker (for example allOf or oneOf to anyOf), which only admits more values."),
        new(SchemaChangeType.CombinedTypeChanged, "COMBINED_TYPE_CHANGED", Breaking, "The combinator got stronger (for example anyOf to oneOf with several branches), so some old values are rejected."),
        new(SchemaChangeType.ProductTypeExtended, "PRODUCT_TYPE_EXTENDED", Breaking, "An allOf gained a branch, so old values must now satisfy one more schema."),
        new(SchemaChangeType.ProductTypeNarrowed, "PRODUCT_TYPE_NARROWED", Compatible, "An allOf lost a branch, which only admits more values."),
        new(SchemaChangeType.SumTypeExtended, "SUM_TYPE_EXTENDED", Compatible, "A oneOf, anyOf or type list gained a branch, so every old value still matches one."),
        new(SchemaChangeType.SumTypeNarrowed, "SUM_TYPE_NARROWED", Breaking, "A oneOf, anyOf or type list lost a branch, so old values of that branch are rejected."),
        new(SchemaChangeType.CombinedTypeSubschemasChanged, "COMBINED_TYPE_SUBSCHEMAS_CHANGED", Breaking, "No one-to-one pairing of old and new branches is compatible, so some old values are rejected."),
        new(SchemaChangeType.NotTypeExtended, "NOT_TYPE_EXTENDED", Breaking, "The negated schema accepts more, so the not-schema rejects old values it used to accept."),
        new(SchemaChangeType.NotTypeNarrowed, "NOT_TYPE_NARROWED", Compatible, "The negated schema accepts less, so the not-schema accepts every old value."),
        new(SchemaChangeType.Unknown, "UNKNOWN", Breaking, "Redpanda's name for a tuple compared with a list (items an array on one side only); Confluent's diff names such changes otherwise, so this engine never reports it.", NeverReported),
    ];
}
