namespace OnexSchemas.Compatibility;

/// <summary>Converts between <see cref="SchemaChangeType"/> and the registry's SCREAMING_SNAKE names.</summary>
public static class SchemaChangeTypeNames
{
    // Indexed by the enum value; a plain array keeps the hot path free of reflection and dictionaries.
    private static readonly string[] Names =
    [
        "ID_CHANGED",
        "DESCRIPTION_CHANGED",
        "TITLE_CHANGED",
        "DEFAULT_CHANGED",
        "SCHEMA_ADDED",
        "SCHEMA_REMOVED",
        "TYPE_EXTENDED",
        "TYPE_NARROWED",
        "TYPE_CHANGED",
        "MAX_LENGTH_ADDED",
        "MAX_LENGTH_REMOVED",
        "MAX_LENGTH_INCREASED",
        "MAX_LENGTH_DECREASED",
        "MIN_LENGTH_ADDED",
        "MIN_LENGTH_REMOVED",
        "MIN_LENGTH_INCREASED",
        "MIN_LENGTH_DECREASED",
        "PATTERN_ADDED",
        "PATTERN_REMOVED",
        "PATTERN_CHANGED",
        "MAXIMUM_ADDED",
        "MAXIMUM_REMOVED",
        "MAXIMUM_INCREASED",
        "MAXIMUM_DECREASED",
        "MINIMUM_ADDED",
        "MINIMUM_REMOVED",
        "MINIMUM_INCREASED",
        "MINIMUM_DECREASED",
        "EXCLUSIVE_MAXIMUM_ADDED",
        "EXCLUSIVE_MAXIMUM_REMOVED",
        "EXCLUSIVE_MAXIMUM_INCREASED",
        "EXCLUSIVE_MAXIMUM_DECREASED",
        "EXCLUSIVE_MINIMUM_ADDED",
        "EXCLUSIVE_MINIMUM_REMOVED",
        "EXCLUSIVE_MINIMUM_INCREASED",
        "EXCLUSIVE_MINIMUM_DECREASED",
        "MULTIPLE_OF_ADDED",
        "MULTIPLE_OF_REMOVED",
        "MULTIPLE_OF_EXPANDED",
        "MULTIPLE_OF_REDUCED",
        "MULTIPLE_OF_CHANGED",
        "REQUIRED_ATTRIBUTE_ADDED",
        "REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED",
        "REQUIRED_ATTRIBUTE_REMOVED",
        "MAX_PROPERTIES_ADDED",
        "MAX_PROPERTIES_REMOVED",
        "MAX_PROPERTIES_INCREASED",
        "MAX_PROPERTIES_DECREASED",
        "MIN_PROPERTIES_ADDED",
        "MIN_PROPERTIES_REMOVED",
        "MIN_PROPERTIES_INCREASED",
        "MIN_PROPERTIES_DECREASED",
        "ADDITIONAL_PROPERTIES_ADDED",
        "ADDITIONAL_PROPERTIES_REMOVED",
        "ADDITIONAL_PROPERTIES_EXTENDED",
        "ADDITIONAL_PROPERTIES_NARROWED",
        "DEPENDENCY_ARRAY_ADDED",
        "DEPENDENCY_ARRAY_REMOVED",
        "DEPENDENCY_ARRAY_EXTENDED",
        "DEPENDENCY_ARRAY_NARROWED",
        "DEPENDENCY_ARRAY_CHANGED",
        "DEPENDENCY_SCHEMA_ADDED",
        "DEPENDENCY_SCHEMA_REMOVED",
        "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL",
        "REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL",
        "REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL",
        "OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL",
        "PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL",
        "REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL",
        "REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL",
        "OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL",
        "PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL",
        "PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL",
        "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL",
        "PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
        "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
        "PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
        "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
        "RESERVED_PROPERTY_REMOVED",
        "RESERVED_PROPERTY_CONFLICTS_WITH_PROPERTY",
        "UNEVALUATED_PROPERTIES_ADDED",
        "UNEVALUATED_PROPERTIES_REMOVED",
        "UNEVALUATED_PROPERTIES_EXTENDED",
        "UNEVALUATED_PROPERTIES_NARROWED",
        "MAX_ITEMS_ADDED",
        "MAX_ITEMS_REMOVED",
        "MAX_ITEMS_INCREASED",
        "MAX_ITEMS_DECREASED",
        "MIN_ITEMS_ADDED",
        "MIN_ITEMS_REMOVED",
        "MIN_ITEMS_INCREASED",
        "MIN_ITEMS_DECREASED",
        "MAX_CONTAINS_ADDED",
        "MAX_CONTAINS_REMOVED",
        "MAX_CONTAINS_INCREASED",
        "MAX_CONTAINS_DECREASED",
        "MIN_CONTAINS_ADDED",
        "MIN_CONTAINS_REMOVED",
        "MIN_CONTAINS_INCREASED",
        "MIN_CONTAINS_DECREASED",
        "UNIQUE_ITEMS_ADDED",
        "UNIQUE_ITEMS_REMOVED",
        "ADDITIONAL_ITEMS_ADDED",
        "ADDITIONAL_ITEMS_REMOVED",
        "ADDITIONAL_ITEMS_EXTENDED",
        "ADDITIONAL_ITEMS_NARROWED",
        "UNEVALUATED_ITEMS_ADDED",
        "UNEVALUATED_ITEMS_REMOVED",
        "UNEVALUATED_ITEMS_EXTENDED",
        "UNEVALUATED_ITEMS_NARROWED",
        "ITEM_ADDED_TO_OPEN_CONTENT_MODEL",
        "ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL",
        "ITEM_ADDED_TO_CLOSED_CONTENT_MODEL",
        "ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL",
        "ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL",
        "ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL",
        "ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
        "ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
        "ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
        "ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
        "ENUM_ARRAY_EXTENDED",
        "ENUM_ARRAY_NARROWED",
        "ENUM_ARRAY_CHANGED",
        "COMBINED_TYPE_EXTENDED",
        "COMBINED_TYPE_CHANGED",
        "PRODUCT_TYPE_EXTENDED",
        "PRODUCT_TYPE_NARROWED",
        "SUM_TYPE_EXTENDED",
        "SUM_TYPE_NARROWED",
        "COMBINED_TYPE_SUBSCHEMAS_CHANGED",
        "NOT_TYPE_EXTENDED",
        "NOT_TYPE_NARROWED",
    ];

    private static readonly Dictionary<string, SchemaChangeType> ByName = BuildLookup();

    /// <summary>All change types, in the registry's order.</summary>
    public static IReadOnlyList<SchemaChangeType> All { get; } = BuildAll();

    /// <summary>The registry's name for <paramref name="type"/>, for example <c>TYPE_CHANGED</c>.</summary>
    /// <param name="type">The change type.</param>
    /// <returns>The SCREAMING_SNAKE name the registry prints.</returns>
    public static string ToRegistryName(this SchemaChangeType type)
    {
        var index = (int)type;
        return (uint)index < (uint)Names.Length ? Names[index] : type.ToString();
    }

    /// <summary>Parses a registry name such as <c>TYPE_CHANGED</c> (case-insensitive).</summary>
    /// <param name="name">The registry name.</param>
    /// <param name="type">The change type, when the name is known.</param>
    /// <returns>Whether the name is a known registry name.</returns>
    public static bool TryParse(string? name, out SchemaChangeType type)
    {
        if (name is not null && ByName.TryGetValue(name.Trim(), out type))
        {
            return true;
        }

        type = default;
        return false;
    }

    /// <summary>Parses a registry name such as <c>TYPE_CHANGED</c> (case-insensitive).</summary>
    /// <param name="name">The registry name.</param>
    /// <returns>The change type.</returns>
    /// <exception cref="FormatException">The name is not one the registry uses.</exception>
    public static SchemaChangeType Parse(string name) =>
        TryParse(name, out var type) ? type : throw new FormatException($"'{name}' is not a JSON Schema change type the registry reports.");

    private static Dictionary<string, SchemaChangeType> BuildLookup()
    {
        var lookup = new Dictionary<string, SchemaChangeType>(Names.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Names.Length; i++)
        {
            lookup[Names[i]] = (SchemaChangeType)i;
        }

        return lookup;
    }

    private static SchemaChangeType[] BuildAll()
    {
        var all = new SchemaChangeType[Names.Length];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = (SchemaChangeType)i;
        }

        return all;
    }
}
