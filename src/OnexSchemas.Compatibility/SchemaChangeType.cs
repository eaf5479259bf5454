namespace OnexSchemas.Compatibility;

/// <summary>
/// Every kind of difference Confluent's Schema Registry reports between two JSON Schemas, in the registry's own
/// order. <see cref="ChangeVocabulary"/> holds each type's SCREAMING_SNAKE registry name (what users compare with
/// the registry's answer), its verdict under each policy and the reason.
/// </summary>
public enum SchemaChangeType
{
    /// <summary>The registry's <c>ID_CHANGED</c>.</summary>
    IdChanged = 0,
    /// <summary>The registry's <c>DESCRIPTION_CHANGED</c>.</summary>
    DescriptionChanged = 1,
    /// <summary>The registry's <c>TITLE_CHANGED</c>.</summary>
    TitleChanged = 2,
    /// <summary>The registry's <c>DEFAULT_CHANGED</c>.</summary>
    DefaultChanged = 3,
    /// <summary>The registry's <c>SCHEMA_ADDED</c>.</summary>
    SchemaAdded = 4,
    /// <summary>The registry's <c>SCHEMA_REMOVED</c>.</summary>
    SchemaRemoved = 5,
    /// <summary>The registry's <c>TYPE_EXTENDED</c>.</summary>
    TypeExtended = 6,
    /// <summary>The registry's <c>TYPE_NARROWED</c>.</summary>
    TypeNarrowed = 7,
    /// <summary>The registry's <c>TYPE_CHANGED</c>.</summary>
    TypeChanged = 8,
    /// <summary>The registry's <c>MAX_LENGTH_ADDED</c>.</summary>
    MaxLengthAdded = 9,
    /// <summary>The registry's <c>MAX_LENGTH_REMOVED</c>.</summary>
    MaxLengthRemoved = 10,
    /// <summary>The registry's <c>MAX_LENGTH_INCREASED</c>.</summary>
    MaxLengthIncreased = 11,
    /// <summary>The registry's <c>MAX_LENGTH_DECREASED</c>.</summary>
    MaxLengthDecreased = 12,
    /// <summary>The registry's <c>MIN_LENGTH_ADDED</c>.</summary>
    MinLengthAdded = 13,
    /// <summary>The registry's <c>MIN_LENGTH_REMOVED</c>.</summary>
    MinLengthRemoved = 14,
    /// <summary>The registry's <c>MIN_LENGTH_INCREASED</c>.</summary>
    MinLengthIncreased = 15,
    /// <summary>The registry's <c>MIN_LENGTH_DECREASED</c>.</summary>
    MinLengthDecreased = 16,
    /// <summary>The registry's <c>PATTERN_ADDED</c>.</summary>
    PatternAdded = 17,
    /// <summary>The registry's <c>PATTERN_REMOVED</c>.</summary>
    PatternRemoved = 18,
    /// <summary>The registry's <c>PATTERN_CHANGED</c>.</summary>
    PatternChanged = 19,
    /// <summary>The registry's <c>MAXIMUM_ADDED</c>.</summary>
    MaximumAdded = 20,
    /// <summary>The registry's <c>MAXIMUM_REMOVED</c>.</summary>
    MaximumRemoved = 21,
    /// <summary>The registry's <c>MAXIMUM_INCREASED</c>.</summary>
    MaximumIncreased = 22,
    /// <summary>The registry's <c>MAXIMUM_DECREASED</c>.</summary>
    MaximumDecreased = 23,
    /// <summary>The registry's <c>MINIMUM_ADDED</c>.</summary>
    MinimumAdded = 24,
    /// <summary>The registry's <c>MINIMUM_REMOVED</c>.</summary>
    MinimumRemoved = 25,
    /// <summary>The registry's <c>MINIMUM_INCREASED</c>.</summary>
    MinimumIncreased = 26,
    /// <summary>The registry's <c>MINIMUM_DECREASED</c>.</summary>
    MinimumDecreased = 27,
    /// <summary>The registry's <c>EXCLUSIVE_MAXIMUM_ADDED</c>.</summary>
    ExclusiveMaximumAdded = 28,
    /// <summary>The registry's <c>EXCLUSIVE_MAXIMUM_REMOVED</c>.</summary>
    ExclusiveMaximumRemoved = 29,
    /// <summary>The registry's <c>EXCLUSIVE_MAXIMUM_INCREASED</c>.</summary>
    ExclusiveMaximumIncreased = 30,
    /// <summary>The registry's <c>EXCLUSIVE_MAXIMUM_DECREASED</c>.</summary>
    ExclusiveMaximumDecreased = 31,
    /// <summary>The registry's <c>EXCLUSIVE_MINIMUM_ADDED</c>.</summary>
    ExclusiveMinimumAdded = 32,
    /// <summary>The registry's <c>EXCLUSIVE_MINIMUM_REMOVED</c>.</summary>
    ExclusiveMinimumRemoved = 33,
    /// <summary>The registry's <c>EXCLUSIVE_MINIMUM_INCREASED</c>.</summary>
    ExclusiveMinimumIncreased = 34,
    /// <summary>The registry's <c>EXCLUSIVE_MINIMUM_DECREASED</c>.</summary>
    ExclusiveMinimumDecreased = 35,
    /// <summary>The registry's <c>MULTIPLE_OF_ADDED</c>.</summary>
    MultipleOfAdded = 36,
    /// <summary>The registry's <c>MULTIPLE_OF_REMOVED</c>.</summary>
    MultipleOfRemoved = 37,
    /// <summary>The registry's <c>MULTIPLE_OF_EXPANDED</c>.</summary>
    MultipleOfExpanded = 38,
    /// <summary>The registry's <c>MULTIPLE_OF_REDUCED</c>.</summary>
    MultipleOfReduced = 39,
    /// <summary>The registry's <c>MULTIPLE_OF_CHANGED</c>.</summary>
    MultipleOfChanged = 40,
    /// <summary>The registry's <c>REQUIRED_ATTRIBUTE_ADDED</c>.</summary>
    RequiredAttributeAdded = 41,
    /// <summary>The registry's <c>REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED</c>.</summary>
    RequiredAttributeWithDefaultAdded = 42,
    /// <summary>The registry's <c>REQUIRED_ATTRIBUTE_REMOVED</c>.</summary>
    RequiredAttributeRemoved = 43,
    /// <summary>The registry's <c>MAX_PROPERTIES_ADDED</c>.</summary>
    MaxPropertiesAdded = 44,
    /// <summary>The registry's <c>MAX_PROPERTIES_REMOVED</c>.</summary>
    MaxPropertiesRemoved = 45,
    /// <summary>The registry's <c>MAX_PROPERTIES_INCREASED</c>.</summary>
    MaxPropertiesIncreased = 46,
    /// <summary>The registry's <c>MAX_PROPERTIES_DECREASED</c>.</summary>
    MaxPropertiesDecreased = 47,
    /// <summary>The registry's <c>MIN_PROPERTIES_ADDED</c>.</summary>
    MinPropertiesAdded = 48,
    /// <summary>The registry's <c>MIN_PROPERTIES_REMOVED</c>.</summary>
    MinPropertiesRemoved = 49,
    /// <summary>The registry's <c>MIN_PROPERTIES_INCREASED</c>.</summary>
    MinPropertiesIncreased = 50,
    /// <summary>The registry's <c>MIN_PROPERTIES_DECREASED</c>.</summary>
    MinPropertiesDecreased = 51,
    /// <summary>The registry's <c>ADDITIONAL_PROPERTIES_ADDED</c>.</summary>
    AdditionalPropertiesAdded = 52,
    /// <summary>The registry's <c>ADDITIONAL_PROPERTIES_REMOVED</c>.</summary>
    AdditionalPropertiesRemoved = 53,
    /// <summary>The registry's <c>ADDITIONAL_PROPERTIES_EXTENDED</c>.</summary>
    AdditionalPropertiesExtended = 54,
    /// <summary>The registry's <c>ADDITIONAL_PROPERTIES_NARROWED</c>.</summary>
    AdditionalPropertiesNarrowed = 55,
    /// <summary>The registry's <c>DEPENDENCY_ARRAY_ADDED</c>.</summary>
    DependencyArrayAdded = 56,
    /// <summary>The registry's <c>DEPENDENCY_ARRAY_REMOVED</c>.</summary>
    DependencyArrayRemoved = 57,
    /// <summary>The registry's <c>DEPENDENCY_ARRAY_EXTENDED</c>.</summary>
    DependencyArrayExtended = 58,
    /// <summary>The registry's <c>DEPENDENCY_ARRAY_NARROWED</c>.</summary>
    DependencyArrayNarrowed = 59,
    /// <summary>The registry's <c>DEPENDENCY_ARRAY_CHANGED</c>.</summary>
    DependencyArrayChanged = 60,
    /// <summary>The registry's <c>DEPENDENCY_SCHEMA_ADDED</c>.</summary>
    DependencySchemaAdded = 61,
    /// <summary>The registry's <c>DEPENDENCY_SCHEMA_REMOVED</c>.</summary>
    DependencySchemaRemoved = 62,
    /// <summary>The registry's <c>PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL</c>.</summary>
    [Obsolete("Registry 7.x name; 8.x reports RequiredPropertyAddedToOpenContentModel, RequiredPropertyWithDefaultAddedToOpenContentModel or OptionalPropertyAddedToOpenContentModel.")]
    PropertyAddedToOpenContentModel = 63,
    /// <summary>The registry's <c>REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL</c>.</summary>
    RequiredPropertyAddedToOpenContentModel = 64,
    /// <summary>The registry's <c>REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL</c>.</summary>
    RequiredPropertyWithDefaultAddedToOpenContentModel = 65,
    /// <summary>The registry's <c>OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL</c>.</summary>
    OptionalPropertyAddedToOpenContentModel = 66,
    /// <summary>The registry's <c>PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL</c>.</summary>
    PropertyWithEmptySchemaAddedToOpenContentModel = 67,
    /// <summary>The registry's <c>REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL</c>.</summary>
    RequiredPropertyAddedToUnopenContentModel = 68,
    /// <summary>The registry's <c>REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL</c>.</summary>
    RequiredPropertyWithDefaultAddedToUnopenContentModel = 69,
    /// <summary>The registry's <c>OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL</c>.</summary>
    OptionalPropertyAddedToUnopenContentModel = 70,
    /// <summary>The registry's <c>PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL</c>.</summary>
    PropertyRemovedFromOpenContentModel = 71,
    /// <summary>The registry's <c>PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL</c>.</summary>
    PropertyWithFalseRemovedFromClosedContentModel = 72,
    /// <summary>The registry's <c>PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL</c>.</summary>
    PropertyRemovedFromClosedContentModel = 73,
    /// <summary>The registry's <c>PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>.</summary>
    PropertyRemovedIsCoveredByPartiallyOpenContentModel = 74,
    /// <summary>The registry's <c>PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>.</summary>
    PropertyRemovedNotCoveredByPartiallyOpenContentModel = 75,
    /// <summary>The registry's <c>PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>.</summary>
    PropertyAddedIsCoveredByPartiallyOpenContentModel = 76,
    /// <summary>The registry's <c>PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>.</summary>
    PropertyAddedNotCoveredByPartiallyOpenContentModel = 77,
    /// <summary>The registry's <c>RESERVED_PROPERTY_REMOVED</c>.</summary>
    ReservedPropertyRemoved = 78,
    /// <summary>The registry's <c>RESERVED_PROPERTY_CONFLICTS_WITH_PROPERTY</c>.</summary>
    ReservedPropertyConflictsWithProperty = 79,
    /// <summary>The registry's <c>UNEVALUATED_PROPERTIES_ADDED</c>.</summary>
    UnevaluatedPropertiesAdded = 80,
    /// <summary>The registry's <c>UNEVALUATED_PROPERTIES_REMOVED</c>.</summary>
    UnevaluatedPropertiesRemoved = 81,
    /// <summary>The registry's <c>UNEVALUATED_PROPERTIES_EXTENDED</c>.</summary>
    UnevaluatedPropertiesExtended = 82,
    /// <summary>The registry's <c>UNEVALUATED_PROPERTIES_NARROWED</c>.</summary>
    UnevaluatedPropertiesNarrowed = 83,
    /// <summary>The registry's <c>MAX_ITEMS_ADDED</c>.</summary>
    MaxItemsAdded = 84,
    /// <summary>The registry's <c>MAX_ITEMS_REMOVED</c>.</summary>
    MaxItemsRemoved = 85,
    /// <summary>The registry's <c>MAX_ITEMS_INCREASED</c>.</summary>
    MaxItemsIncreased = 86,
    /// <summary>The registry's <c>MAX_ITEMS_DECREASED</c>.</summary>
    MaxItemsDecreased = 87,
    /// <summary>The registry's <c>MIN_ITEMS_ADDED</c>.</summary>
    MinItemsAdded = 88,
    /// <summary>The registry's <c>MIN_ITEMS_REMOVED</c>.</summary>
    MinItemsRemoved = 89,
    /// <summary>The registry's <c>MIN_ITEMS_INCREASED</c>.</summary>
    MinItemsIncreased = 90,
    /// <summary>The registry's <c>MIN_ITEMS_DECREASED</c>.</summary>
    MinItemsDecreased = 91,
    /// <summary>The registry's <c>MAX_CONTAINS_ADDED</c>.</summary>
    MaxContainsAdded = 92,
    /// <summary>The registry's <c>MAX_CONTAINS_REMOVED</c>.</summary>
    MaxContainsRemoved = 93,
    /// <summary>The registry's <c>MAX_CONTAINS_INCREASED</c>.</summary>
    MaxContainsIncreased = 94,
    /// <summary>The registry's <c>MAX_CONTAINS_DECREASED</c>.</summary>
    MaxContainsDecreased = 95,
    /// <summary>The registry's <c>MIN_CONTAINS_ADDED</c>.</summary>
    MinContainsAdded = 96,
    /// <summary>The registry's <c>MIN_CONTAINS_REMOVED</c>.</summary>
    MinContainsRemoved = 97,
    /// <summary>The registry's <c>MIN_CONTAINS_INCREASED</c>.</summary>
    MinContainsIncreased = 98,
    /// <summary>The registry's <c>MIN_CONTAINS_DECREASED</c>.</summary>
    MinContainsDecreased = 99,
    /// <summary>The registry's <c>UNIQUE_ITEMS_ADDED</c>.</summary>
    UniqueItemsAdded = 100,
    /// <summary>The registry's <c>UNIQUE_ITEMS_REMOVED</c>.</summary>
    UniqueItemsRemoved = 101,
    /// <summary>The registry's <c>ADDITIONAL_ITEMS_ADDED</c>.</summary>
    AdditionalItemsAdded = 102,
    /// <summary>The registry's <c>ADDITIONAL_ITEMS_REMOVED</c>.</summary>
    AdditionalItemsRemoved = 103,
    /// <summary>The registry's <c>ADDITIONAL_ITEMS_EXTENDED</c>.</summary>
    AdditionalItemsExtended = 104,
    /// <summary>The registry's <c>ADDITIONAL_ITEMS_NARROWED</c>.</summary>
    AdditionalItemsNarrowed = 105,
    /// <summary>The registry's <c>UNEVALUATED_ITEMS_ADDED</c>.</summary>
    UnevaluatedItemsAdded = 106,
    /// <summary>The registry's <c>UNEVALUATED_ITEMS_REMOVED</c>.</summary>
    UnevaluatedItemsRemoved = 107,
    /// <summary>The registry's <c>UNEVALUATED_ITEMS_EXTENDED</c>.</summary>
    UnevaluatedItemsExtended = 108,
    /// <summary>The registry's <c>UNEVALUATED_ITEMS_NARROWED</c>.</summary>
    UnevaluatedItemsNarrowed = 109,
    /// <summary>The registry's <c>ITEM_ADDED_TO_OPEN_CONTENT_MODEL</c>.</summary>
    ItemAddedToOpenContentModel = 110,
    /// <summary>The registry's <c>ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL</c>.</summary>
    ItemWithEmptySchemaAddedToOpenContentModel = 111,
    /// <summary>The registry's <c>ITEM_ADDED_TO_CLOSED_CONTENT_MODEL</c>.</summary>
    ItemAddedToClosedContentModel = 112,
    /// <summary>The registry's <c>ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL</c>.</summary>
    ItemRemovedFromOpenContentModel = 113,
    /// <summary>The registry's <c>ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL</c>.</summary>
    ItemWithFalseRemovedFromClosedContentModel = 114,
    /// <summary>The registry's <c>ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL</c>.</summary>
    ItemRemovedFromClosedContentModel = 115,
    /// <summary>The registry's <c>ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>.</summary>
    ItemRemovedIsCoveredByPartiallyOpenContentModel = 116,
    /// <summary>The registry's <c>ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>.</summary>
    ItemRemovedNotCoveredByPartiallyOpenContentModel = 117,
    /// <summary>The registry's <c>ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>.</summary>
    ItemAddedIsCoveredByPartiallyOpenContentModel = 118,
    /// <summary>The registry's <c>ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>.</summary>
    ItemAddedNotCoveredByPartiallyOpenContentModel = 119,
    /// <summary>The registry's <c>ENUM_ARRAY_EXTENDED</c>.</summary>
    EnumArrayExtended = 120,
    /// <summary>The registry's <c>ENUM_ARRAY_NARROWED</c>.</summary>
    EnumArrayNarrowed = 121,
    /// <summary>The registry's <c>ENUM_ARRAY_CHANGED</c>.</summary>
    EnumArrayChanged = 122,
    /// <summary>The registry's <c>COMBINED_TYPE_EXTENDED</c>.</summary>
    CombinedTypeExtended = 123,
    /// <summary>The registry's <c>COMBINED_TYPE_CHANGED</c>.</summary>
    CombinedTypeChanged = 124,
    /// <summary>The registry's <c>PRODUCT_TYPE_EXTENDED</c>.</summary>
    ProductTypeExtended = 125,
    /// <summary>The registry's <c>PRODUCT_TYPE_NARROWED</c>.</summary>
    ProductTypeNarrowed = 126,
    /// <summary>The registry's <c>SUM_TYPE_EXTENDED</c>.</summary>
    SumTypeExtended = 127,
    /// <summary>The registry's <c>SUM_TYPE_NARROWED</c>.</summary>
    SumTypeNarrowed = 128,
    /// <summary>The registry's <c>COMBINED_TYPE_SUBSCHEMAS_CHANGED</c>.</summary>
    CombinedTypeSubschemasChanged = 129,
    /// <summary>The registry's <c>NOT_TYPE_EXTENDED</c>.</summary>
    NotTypeExtended = 130,
    /// <summary>The registry's <c>NOT_TYPE_NARROWED</c>.</summary>
    NotTypeNarrowed = 131,
    /// <summary>Redpanda's <c>UNKNOWN</c>: a tuple (<c>items</c> an array) on one side and a list on the other.</summary>
    Unknown = 132,
}
