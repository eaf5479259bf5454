namespace OnexSchemas.Compatibility;

/// <summary>
/// Every kind of difference Confluent's Schema Registry reports between two JSON Schemas, in the registry's own
/// order. <see cref="SchemaChangeTypeNames.ToRegistryName"/> (or <see cref="RegistryNameAttribute"/>) gives
/// the registry's SCREAMING_SNAKE spelling, which is what users compare with the registry's answer.
/// </summary>
public enum SchemaChangeType
{
    /// <summary><c>ID_CHANGED</c>: The schema identifier is metadata; no document's validity depends on it.</summary>
    [RegistryName("ID_CHANGED")]
    IdChanged = 0,
    /// <summary><c>DESCRIPTION_CHANGED</c>: Descriptions are annotations and never affect validation.</summary>
    [RegistryName("DESCRIPTION_CHANGED")]
    DescriptionChanged = 1,
    /// <summary><c>TITLE_CHANGED</c>: Titles are annotations and never affect validation.</summary>
    [RegistryName("TITLE_CHANGED")]
    TitleChanged = 2,
    /// <summary><c>DEFAULT_CHANGED</c>: A default is an annotation for producers and readers; validation ignores it.</summary>
    [RegistryName("DEFAULT_CHANGED")]
    DefaultChanged = 3,
    /// <summary><c>SCHEMA_ADDED</c>: A subschema now constrains a position the old schema left free, so old data may fail it.</summary>
    [RegistryName("SCHEMA_ADDED")]
    SchemaAdded = 4,
    /// <summary><c>SCHEMA_REMOVED</c>: A subschema that constrained a position is gone, so everything it accepted is still accepted.</summary>
    [RegistryName("SCHEMA_REMOVED")]
    SchemaRemoved = 5,
    /// <summary><c>TYPE_EXTENDED</c>: The new type accepts every value of the old one (integer to number).</summary>
    [RegistryName("TYPE_EXTENDED")]
    TypeExtended = 6,
    /// <summary><c>TYPE_NARROWED</c>: The new type rejects values the old one accepted (number to integer).</summary>
    [RegistryName("TYPE_NARROWED")]
    TypeNarrowed = 7,
    /// <summary><c>TYPE_CHANGED</c>: The value kind changed, so old values of the old kind are rejected.</summary>
    [RegistryName("TYPE_CHANGED")]
    TypeChanged = 8,
    /// <summary><c>MAX_LENGTH_ADDED</c>: Old strings longer than the new limit are rejected.</summary>
    [RegistryName("MAX_LENGTH_ADDED")]
    MaxLengthAdded = 9,
    /// <summary><c>MAX_LENGTH_REMOVED</c>: Removing the upper bound only admits more strings.</summary>
    [RegistryName("MAX_LENGTH_REMOVED")]
    MaxLengthRemoved = 10,
    /// <summary><c>MAX_LENGTH_INCREASED</c>: A larger upper bound admits every string the old one did.</summary>
    [RegistryName("MAX_LENGTH_INCREASED")]
    MaxLengthIncreased = 11,
    /// <summary><c>MAX_LENGTH_DECREASED</c>: Strings between the new and old bound are now rejected.</summary>
    [RegistryName("MAX_LENGTH_DECREASED")]
    MaxLengthDecreased = 12,
    /// <summary><c>MIN_LENGTH_ADDED</c>: Old strings shorter than the new bound are rejected.</summary>
    [RegistryName("MIN_LENGTH_ADDED")]
    MinLengthAdded = 13,
    /// <summary><c>MIN_LENGTH_REMOVED</c>: Removing the lower bound only admits more strings.</summary>
    [RegistryName("MIN_LENGTH_REMOVED")]
    MinLengthRemoved = 14,
    /// <summary><c>MIN_LENGTH_INCREASED</c>: Strings between the old and new bound are now rejected.</summary>
    [RegistryName("MIN_LENGTH_INCREASED")]
    MinLengthIncreased = 15,
    /// <summary><c>MIN_LENGTH_DECREASED</c>: A smaller lower bound admits every string the old one did.</summary>
    [RegistryName("MIN_LENGTH_DECREASED")]
    MinLengthDecreased = 16,
    /// <summary><c>PATTERN_ADDED</c>: Old strings that do not match the new pattern are rejected.</summary>
    [RegistryName("PATTERN_ADDED")]
    PatternAdded = 17,
    /// <summary><c>PATTERN_REMOVED</c>: Removing the pattern only admits more strings.</summary>
    [RegistryName("PATTERN_REMOVED")]
    PatternRemoved = 18,
    /// <summary><c>PATTERN_CHANGED</c>: Regular-expression inclusion is not decided, so any pattern change is treated as breaking.</summary>
    [RegistryName("PATTERN_CHANGED")]
    PatternChanged = 19,
    /// <summary><c>MAXIMUM_ADDED</c>: Old numbers above the new maximum are rejected.</summary>
    [RegistryName("MAXIMUM_ADDED")]
    MaximumAdded = 20,
    /// <summary><c>MAXIMUM_REMOVED</c>: Removing the maximum only admits more numbers.</summary>
    [RegistryName("MAXIMUM_REMOVED")]
    MaximumRemoved = 21,
    /// <summary><c>MAXIMUM_INCREASED</c>: A larger maximum admits every number the old one did.</summary>
    [RegistryName("MAXIMUM_INCREASED")]
    MaximumIncreased = 22,
    /// <summary><c>MAXIMUM_DECREASED</c>: Numbers between the new and old maximum are now rejected.</summary>
    [RegistryName("MAXIMUM_DECREASED")]
    MaximumDecreased = 23,
    /// <summary><c>MINIMUM_ADDED</c>: Old numbers below the new minimum are rejected.</summary>
    [RegistryName("MINIMUM_ADDED")]
    MinimumAdded = 24,
    /// <summary><c>MINIMUM_REMOVED</c>: Removing the minimum only admits more numbers.</summary>
    [RegistryName("MINIMUM_REMOVED")]
    MinimumRemoved = 25,
    /// <summary><c>MINIMUM_INCREASED</c>: Numbers between the old and new minimum are now rejected.</summary>
    [RegistryName("MINIMUM_INCREASED")]
    MinimumIncreased = 26,
    /// <summary><c>MINIMUM_DECREASED</c>: A smaller minimum admits every number the old one did.</summary>
    [RegistryName("MINIMUM_DECREASED")]
    MinimumDecreased = 27,
    /// <summary><c>EXCLUSIVE_MAXIMUM_ADDED</c>: Old numbers at or above the new exclusive maximum are rejected.</summary>
    [RegistryName("EXCLUSIVE_MAXIMUM_ADDED")]
    ExclusiveMaximumAdded = 28,
    /// <summary><c>EXCLUSIVE_MAXIMUM_REMOVED</c>: Removing the exclusive maximum only admits more numbers.</summary>
    [RegistryName("EXCLUSIVE_MAXIMUM_REMOVED")]
    ExclusiveMaximumRemoved = 29,
    /// <summary><c>EXCLUSIVE_MAXIMUM_INCREASED</c>: A larger exclusive maximum admits every number the old one did.</summary>
    [RegistryName("EXCLUSIVE_MAXIMUM_INCREASED")]
    ExclusiveMaximumIncreased = 30,
    /// <summary><c>EXCLUSIVE_MAXIMUM_DECREASED</c>: Numbers between the new and old exclusive maximum are now rejected.</summary>
    [RegistryName("EXCLUSIVE_MAXIMUM_DECREASED")]
    ExclusiveMaximumDecreased = 31,
    /// <summary><c>EXCLUSIVE_MINIMUM_ADDED</c>: Old numbers at or below the new exclusive minimum are rejected.</summary>
    [RegistryName("EXCLUSIVE_MINIMUM_ADDED")]
    ExclusiveMinimumAdded = 32,
    /// <summary><c>EXCLUSIVE_MINIMUM_REMOVED</c>: Removing the exclusive minimum only admits more numbers.</summary>
    [RegistryName("EXCLUSIVE_MINIMUM_REMOVED")]
    ExclusiveMinimumRemoved = 33,
    /// <summary><c>EXCLUSIVE_MINIMUM_INCREASED</c>: Numbers between the old and new exclusive minimum are now rejected.</summary>
    [RegistryName("EXCLUSIVE_MINIMUM_INCREASED")]
    ExclusiveMinimumIncreased = 34,
    /// <summary><c>EXCLUSIVE_MINIMUM_DECREASED</c>: A smaller exclusive minimum admits every number the old one did.</summary>
    [RegistryName("EXCLUSIVE_MINIMUM_DECREASED")]
    ExclusiveMinimumDecreased = 35,
    /// <summary><c>MULTIPLE_OF_ADDED</c>: Old numbers that are not multiples of the new divisor are rejected.</summary>
    [RegistryName("MULTIPLE_OF_ADDED")]
    MultipleOfAdded = 36,
    /// <summary><c>MULTIPLE_OF_REMOVED</c>: Removing the divisor only admits more numbers.</summary>
    [RegistryName("MULTIPLE_OF_REMOVED")]
    MultipleOfRemoved = 37,
    /// <summary><c>MULTIPLE_OF_EXPANDED</c>: The new divisor is a multiple of the old one, so old multiples that are not new multiples are rejected.</summary>
    [RegistryName("MULTIPLE_OF_EXPANDED")]
    MultipleOfExpanded = 38,
    /// <summary><c>MULTIPLE_OF_REDUCED</c>: The new divisor divides the old one, so every old multiple is still a multiple.</summary>
    [RegistryName("MULTIPLE_OF_REDUCED")]
    MultipleOfReduced = 39,
    /// <summary><c>MULTIPLE_OF_CHANGED</c>: Neither divisor divides the other, so some old multiples are rejected.</summary>
    [RegistryName("MULTIPLE_OF_CHANGED")]
    MultipleOfChanged = 40,
    /// <summary><c>REQUIRED_ATTRIBUTE_ADDED</c>: Old documents that omit the newly required property are rejected.</summary>
    [RegistryName("REQUIRED_ATTRIBUTE_ADDED")]
    RequiredAttributeAdded = 41,
    /// <summary><c>REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED</c>: The property becomes required but has a default a reader can fill in for old documents.</summary>
    [RegistryName("REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED")]
    RequiredAttributeWithDefaultAdded = 42,
    /// <summary><c>REQUIRED_ATTRIBUTE_REMOVED</c>: The property becomes optional, which only admits more documents.</summary>
    [RegistryName("REQUIRED_ATTRIBUTE_REMOVED")]
    RequiredAttributeRemoved = 43,
    /// <summary><c>MAX_PROPERTIES_ADDED</c>: Old objects with more properties than the new limit are rejected.</summary>
    [RegistryName("MAX_PROPERTIES_ADDED")]
    MaxPropertiesAdded = 44,
    /// <summary><c>MAX_PROPERTIES_REMOVED</c>: Removing the limit only admits more objects.</summary>
    [RegistryName("MAX_PROPERTIES_REMOVED")]
    MaxPropertiesRemoved = 45,
    /// <summary><c>MAX_PROPERTIES_INCREASED</c>: A larger limit admits every object the old one did.</summary>
    [RegistryName("MAX_PROPERTIES_INCREASED")]
    MaxPropertiesIncreased = 46,
    /// <summary><c>MAX_PROPERTIES_DECREASED</c>: Objects between the new and old limit are now rejected.</summary>
    [RegistryName("MAX_PROPERTIES_DECREASED")]
    MaxPropertiesDecreased = 47,
    /// <summary><c>MIN_PROPERTIES_ADDED</c>: Old objects with fewer properties than the new bound are rejected.</summary>
    [RegistryName("MIN_PROPERTIES_ADDED")]
    MinPropertiesAdded = 48,
    /// <summary><c>MIN_PROPERTIES_REMOVED</c>: Removing the bound only admits more objects.</summary>
    [RegistryName("MIN_PROPERTIES_REMOVED")]
    MinPropertiesRemoved = 49,
    /// <summary><c>MIN_PROPERTIES_INCREASED</c>: Objects between the old and new bound are now rejected.</summary>
    [RegistryName("MIN_PROPERTIES_INCREASED")]
    MinPropertiesIncreased = 50,
    /// <summary><c>MIN_PROPERTIES_DECREASED</c>: A smaller bound admits every object the old one did.</summary>
    [RegistryName("MIN_PROPERTIES_DECREASED")]
    MinPropertiesDecreased = 51,
    /// <summary><c>ADDITIONAL_PROPERTIES_ADDED</c>: Unlisted properties become allowed, which only admits more objects.</summary>
    [RegistryName("ADDITIONAL_PROPERTIES_ADDED")]
    AdditionalPropertiesAdded = 52,
    /// <summary><c>ADDITIONAL_PROPERTIES_REMOVED</c>: Unlisted properties become forbidden, so old objects carrying extra properties are rejected; LENIENT assumes readers ignore unknown properties.</summary>
    [RegistryName("ADDITIONAL_PROPERTIES_REMOVED")]
    AdditionalPropertiesRemoved = 53,
    /// <summary><c>ADDITIONAL_PROPERTIES_EXTENDED</c>: Unlisted properties were constrained by a schema and now may be anything.</summary>
    [RegistryName("ADDITIONAL_PROPERTIES_EXTENDED")]
    AdditionalPropertiesExtended = 54,
    /// <summary><c>ADDITIONAL_PROPERTIES_NARROWED</c>: Unlisted properties were free and must now match a schema; LENIENT assumes readers ignore unknown properties.</summary>
    [RegistryName("ADDITIONAL_PROPERTIES_NARROWED")]
    AdditionalPropertiesNarrowed = 55,
    /// <summary><c>DEPENDENCY_ARRAY_ADDED</c>: A new property dependency makes old objects without the dependent properties invalid.</summary>
    [RegistryName("DEPENDENCY_ARRAY_ADDED")]
    DependencyArrayAdded = 56,
    /// <summary><c>DEPENDENCY_ARRAY_REMOVED</c>: Dropping a property dependency only admits more objects.</summary>
    [RegistryName("DEPENDENCY_ARRAY_REMOVED")]
    DependencyArrayRemoved = 57,
    /// <summary><c>DEPENDENCY_ARRAY_EXTENDED</c>: More dependent properties are demanded, so old objects may lack one.</summary>
    [RegistryName("DEPENDENCY_ARRAY_EXTENDED")]
    DependencyArrayExtended = 58,
    /// <summary><c>DEPENDENCY_ARRAY_NARROWED</c>: Fewer dependent properties are demanded, which only admits more objects.</summary>
    [RegistryName("DEPENDENCY_ARRAY_NARROWED")]
    DependencyArrayNarrowed = 59,
    /// <summary><c>DEPENDENCY_ARRAY_CHANGED</c>: The dependent properties changed in both directions, so old objects may lack a new one.</summary>
    [RegistryName("DEPENDENCY_ARRAY_CHANGED")]
    DependencyArrayChanged = 60,
    /// <summary><c>DEPENDENCY_SCHEMA_ADDED</c>: A new schema dependency applies constraints old objects may not meet.</summary>
    [RegistryName("DEPENDENCY_SCHEMA_ADDED")]
    DependencySchemaAdded = 61,
    /// <summary><c>DEPENDENCY_SCHEMA_REMOVED</c>: Dropping a schema dependency only admits more objects.</summary>
    [RegistryName("DEPENDENCY_SCHEMA_REMOVED")]
    DependencySchemaRemoved = 62,
    /// <summary><c>PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL</c>: Registry 7.x name for a property added to an open model (old data may carry that name with any value); kept for parsing, never emitted.</summary>
    [Obsolete("Registry 7.x name; 8.x reports RequiredPropertyAddedToOpenContentModel, RequiredPropertyWithDefaultAddedToOpenContentModel or OptionalPropertyAddedToOpenContentModel.")]
    [RegistryName("PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL")]
    PropertyAddedToOpenContentModel = 63,
    /// <summary><c>REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL</c>: Old documents may lack the property, or carry it with any value, because the old model was open.</summary>
    [RegistryName("REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL")]
    RequiredPropertyAddedToOpenContentModel = 64,
    /// <summary><c>REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL</c>: The old open model let old documents carry this name with any value; LENIENT trusts the default and assumes producers only wrote declared properties.</summary>
    [RegistryName("REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL")]
    RequiredPropertyWithDefaultAddedToOpenContentModel = 65,
    /// <summary><c>OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL</c>: The old open model let old documents carry this name with any value, which the new schema may reject; LENIENT assumes producers only wrote declared properties.</summary>
    [RegistryName("OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL")]
    OptionalPropertyAddedToOpenContentModel = 66,
    /// <summary><c>PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL</c>: The added property accepts any value, exactly as the open model already did.</summary>
    [RegistryName("PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL")]
    PropertyWithEmptySchemaAddedToOpenContentModel = 67,
    /// <summary><c>REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL</c>: Old documents could not carry the property, so none of them satisfies the new requirement.</summary>
    [RegistryName("REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL")]
    RequiredPropertyAddedToUnopenContentModel = 68,
    /// <summary><c>REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL</c>: Old documents never carried the property and a reader can fill in the default.</summary>
    [RegistryName("REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL")]
    RequiredPropertyWithDefaultAddedToUnopenContentModel = 69,
    /// <summary><c>OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL</c>: Old documents could not carry the property, so declaring it optional rejects none of them.</summary>
    [RegistryName("OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL")]
    OptionalPropertyAddedToUnopenContentModel = 70,
    /// <summary><c>PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL</c>: The new open model still accepts the property with any value.</summary>
    [RegistryName("PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL")]
    PropertyRemovedFromOpenContentModel = 71,
    /// <summary><c>PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL</c>: The property was forbidden (false), so no old document carried it.</summary>
    [RegistryName("PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL")]
    PropertyWithFalseRemovedFromClosedContentModel = 72,
    /// <summary><c>PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL</c>: Old documents carrying the property are rejected by the new closed model; under LENIENT only removing a required property is reported this way.</summary>
    [RegistryName("PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL")]
    PropertyRemovedFromClosedContentModel = 73,
    /// <summary><c>PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>: A patternProperties or additionalProperties schema of the new model still accepts the old property's values.</summary>
    [RegistryName("PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL")]
    PropertyRemovedIsCoveredByPartiallyOpenContentModel = 74,
    /// <summary><c>PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>: The new model's patternProperties or additionalProperties schema rejects some old values of the property; LENIENT assumes readers ignore it.</summary>
    [RegistryName("PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL")]
    PropertyRemovedNotCoveredByPartiallyOpenContentModel = 75,
    /// <summary><c>PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>: The old model's patternProperties or additionalProperties schema already constrained this name at least as tightly.</summary>
    [RegistryName("PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL")]
    PropertyAddedIsCoveredByPartiallyOpenContentModel = 76,
    /// <summary><c>PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>: Old documents may carry this name with values the old partially open model allowed but the new property rejects.</summary>
    [RegistryName("PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL")]
    PropertyAddedNotCoveredByPartiallyOpenContentModel = 77,
    /// <summary><c>RESERVED_PROPERTY_REMOVED</c>: A name reserved in the registry metadata (confluent:reserved) was un-reserved; needs registry metadata, never emitted here.</summary>
    [RegistryName("RESERVED_PROPERTY_REMOVED")]
    ReservedPropertyRemoved = 78,
    /// <summary><c>RESERVED_PROPERTY_CONFLICTS_WITH_PROPERTY</c>: A property uses a name reserved in the registry metadata; needs registry metadata, never emitted here.</summary>
    [RegistryName("RESERVED_PROPERTY_CONFLICTS_WITH_PROPERTY")]
    ReservedPropertyConflictsWithProperty = 79,
    /// <summary><c>UNEVALUATED_PROPERTIES_ADDED</c>: unevaluatedProperties changed from false to allowing values, which only admits more objects.</summary>
    [RegistryName("UNEVALUATED_PROPERTIES_ADDED")]
    UnevaluatedPropertiesAdded = 80,
    /// <summary><c>UNEVALUATED_PROPERTIES_REMOVED</c>: unevaluatedProperties became false, so old objects with unevaluated properties are rejected; LENIENT assumes readers ignore them.</summary>
    [RegistryName("UNEVALUATED_PROPERTIES_REMOVED")]
    UnevaluatedPropertiesRemoved = 81,
    /// <summary><c>UNEVALUATED_PROPERTIES_EXTENDED</c>: Unevaluated properties were constrained by a schema and now may be anything.</summary>
    [RegistryName("UNEVALUATED_PROPERTIES_EXTENDED")]
    UnevaluatedPropertiesExtended = 82,
    /// <summary><c>UNEVALUATED_PROPERTIES_NARROWED</c>: Unevaluated properties were free and must now match a schema; LENIENT assumes readers ignore them.</summary>
    [RegistryName("UNEVALUATED_PROPERTIES_NARROWED")]
    UnevaluatedPropertiesNarrowed = 83,
    /// <summary><c>MAX_ITEMS_ADDED</c>: Old arrays longer than the new limit are rejected.</summary>
    [RegistryName("MAX_ITEMS_ADDED")]
    MaxItemsAdded = 84,
    /// <summary><c>MAX_ITEMS_REMOVED</c>: Removing the limit only admits more arrays.</summary>
    [RegistryName("MAX_ITEMS_REMOVED")]
    MaxItemsRemoved = 85,
    /// <summary><c>MAX_ITEMS_INCREASED</c>: A larger limit admits every array the old one did.</summary>
    [RegistryName("MAX_ITEMS_INCREASED")]
    MaxItemsIncreased = 86,
    /// <summary><c>MAX_ITEMS_DECREASED</c>: Arrays between the new and old limit are now rejected.</summary>
    [RegistryName("MAX_ITEMS_DECREASED")]
    MaxItemsDecreased = 87,
    /// <summary><c>MIN_ITEMS_ADDED</c>: Old arrays shorter than the new bound are rejected.</summary>
    [RegistryName("MIN_ITEMS_ADDED")]
    MinItemsAdded = 88,
    /// <summary><c>MIN_ITEMS_REMOVED</c>: Removing the bound only admits more arrays.</summary>
    [RegistryName("MIN_ITEMS_REMOVED")]
    MinItemsRemoved = 89,
    /// <summary><c>MIN_ITEMS_INCREASED</c>: Arrays between the old and new bound are now rejected.</summary>
    [RegistryName("MIN_ITEMS_INCREASED")]
    MinItemsIncreased = 90,
    /// <summary><c>MIN_ITEMS_DECREASED</c>: A smaller bound admits every array the old one did.</summary>
    [RegistryName("MIN_ITEMS_DECREASED")]
    MinItemsDecreased = 91,
    /// <summary><c>MAX_CONTAINS_ADDED</c>: Old arrays with more matching items than the new limit are rejected.</summary>
    [RegistryName("MAX_CONTAINS_ADDED")]
    MaxContainsAdded = 92,
    /// <summary><c>MAX_CONTAINS_REMOVED</c>: Removing the limit only admits more arrays.</summary>
    [RegistryName("MAX_CONTAINS_REMOVED")]
    MaxContainsRemoved = 93,
    /// <summary><c>MAX_CONTAINS_INCREASED</c>: A larger limit admits every array the old one did.</summary>
    [RegistryName("MAX_CONTAINS_INCREASED")]
    MaxContainsIncreased = 94,
    /// <summary><c>MAX_CONTAINS_DECREASED</c>: Arrays between the new and old limit are now rejected.</summary>
    [RegistryName("MAX_CONTAINS_DECREASED")]
    MaxContainsDecreased = 95,
    /// <summary><c>MIN_CONTAINS_ADDED</c>: Old arrays with fewer matching items than the new bound are rejected.</summary>
    [RegistryName("MIN_CONTAINS_ADDED")]
    MinContainsAdded = 96,
    /// <summary><c>MIN_CONTAINS_REMOVED</c>: Removing the bound only admits more arrays.</summary>
    [RegistryName("MIN_CONTAINS_REMOVED")]
    MinContainsRemoved = 97,
    /// <summary><c>MIN_CONTAINS_INCREASED</c>: Arrays between the old and new bound are now rejected.</summary>
    [RegistryName("MIN_CONTAINS_INCREASED")]
    MinContainsIncreased = 98,
    /// <summary><c>MIN_CONTAINS_DECREASED</c>: A smaller bound admits every array the old one did.</summary>
    [RegistryName("MIN_CONTAINS_DECREASED")]
    MinContainsDecreased = 99,
    /// <summary><c>UNIQUE_ITEMS_ADDED</c>: Old arrays with duplicate items are rejected.</summary>
    [RegistryName("UNIQUE_ITEMS_ADDED")]
    UniqueItemsAdded = 100,
    /// <summary><c>UNIQUE_ITEMS_REMOVED</c>: Allowing duplicates only admits more arrays.</summary>
    [RegistryName("UNIQUE_ITEMS_REMOVED")]
    UniqueItemsRemoved = 101,
    /// <summary><c>ADDITIONAL_ITEMS_ADDED</c>: Items past the tuple become allowed, which only admits more arrays.</summary>
    [RegistryName("ADDITIONAL_ITEMS_ADDED")]
    AdditionalItemsAdded = 102,
    /// <summary><c>ADDITIONAL_ITEMS_REMOVED</c>: Items past the tuple become forbidden, so longer old arrays are rejected.</summary>
    [RegistryName("ADDITIONAL_ITEMS_REMOVED")]
    AdditionalItemsRemoved = 103,
    /// <summary><c>ADDITIONAL_ITEMS_EXTENDED</c>: Items past the tuple were constrained by a schema and now may be anything.</summary>
    [RegistryName("ADDITIONAL_ITEMS_EXTENDED")]
    AdditionalItemsExtended = 104,
    /// <summary><c>ADDITIONAL_ITEMS_NARROWED</c>: Items past the tuple were free and must now match a schema.</summary>
    [RegistryName("ADDITIONAL_ITEMS_NARROWED")]
    AdditionalItemsNarrowed = 105,
    /// <summary><c>UNEVALUATED_ITEMS_ADDED</c>: unevaluatedItems changed from false to allowing items, which only admits more arrays.</summary>
    [RegistryName("UNEVALUATED_ITEMS_ADDED")]
    UnevaluatedItemsAdded = 106,
    /// <summary><c>UNEVALUATED_ITEMS_REMOVED</c>: unevaluatedItems became false, so old arrays with unevaluated items are rejected.</summary>
    [RegistryName("UNEVALUATED_ITEMS_REMOVED")]
    UnevaluatedItemsRemoved = 107,
    /// <summary><c>UNEVALUATED_ITEMS_EXTENDED</c>: Unevaluated items were constrained by a schema and now may be anything.</summary>
    [RegistryName("UNEVALUATED_ITEMS_EXTENDED")]
    UnevaluatedItemsExtended = 108,
    /// <summary><c>UNEVALUATED_ITEMS_NARROWED</c>: Unevaluated items were free and must now match a schema.</summary>
    [RegistryName("UNEVALUATED_ITEMS_NARROWED")]
    UnevaluatedItemsNarrowed = 109,
    /// <summary><c>ITEM_ADDED_TO_OPEN_CONTENT_MODEL</c>: Old arrays may hold any value at the new tuple position, which the new item schema may reject.</summary>
    [RegistryName("ITEM_ADDED_TO_OPEN_CONTENT_MODEL")]
    ItemAddedToOpenContentModel = 110,
    /// <summary><c>ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL</c>: The new tuple position accepts any value, exactly as the open model already did.</summary>
    [RegistryName("ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL")]
    ItemWithEmptySchemaAddedToOpenContentModel = 111,
    /// <summary><c>ITEM_ADDED_TO_CLOSED_CONTENT_MODEL</c>: Old arrays could not reach the new tuple position, so none of them is rejected.</summary>
    [RegistryName("ITEM_ADDED_TO_CLOSED_CONTENT_MODEL")]
    ItemAddedToClosedContentModel = 112,
    /// <summary><c>ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL</c>: The new open tuple accepts any value at the removed position.</summary>
    [RegistryName("ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL")]
    ItemRemovedFromOpenContentModel = 113,
    /// <summary><c>ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL</c>: The removed position was forbidden (false), so no old array reached it.</summary>
    [RegistryName("ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL")]
    ItemWithFalseRemovedFromClosedContentModel = 114,
    /// <summary><c>ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL</c>: Old arrays that filled the removed position are too long for the new closed tuple.</summary>
    [RegistryName("ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL")]
    ItemRemovedFromClosedContentModel = 115,
    /// <summary><c>ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>: The new additionalItems schema still accepts the old item's values.</summary>
    [RegistryName("ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL")]
    ItemRemovedIsCoveredByPartiallyOpenContentModel = 116,
    /// <summary><c>ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>: The new additionalItems schema rejects some old values at the removed position.</summary>
    [RegistryName("ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL")]
    ItemRemovedNotCoveredByPartiallyOpenContentModel = 117,
    /// <summary><c>ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>: The old additionalItems schema already constrained the new position at least as tightly.</summary>
    [RegistryName("ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL")]
    ItemAddedIsCoveredByPartiallyOpenContentModel = 118,
    /// <summary><c>ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL</c>: Old arrays may hold values at the new position that the old additionalItems schema allowed but the new item rejects.</summary>
    [RegistryName("ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL")]
    ItemAddedNotCoveredByPartiallyOpenContentModel = 119,
    /// <summary><c>ENUM_ARRAY_EXTENDED</c>: Every old enum value is still allowed.</summary>
    [RegistryName("ENUM_ARRAY_EXTENDED")]
    EnumArrayExtended = 120,
    /// <summary><c>ENUM_ARRAY_NARROWED</c>: Old documents using a dropped enum value are rejected.</summary>
    [RegistryName("ENUM_ARRAY_NARROWED")]
    EnumArrayNarrowed = 121,
    /// <summary><c>ENUM_ARRAY_CHANGED</c>: Some old enum (or const) values are no longer allowed.</summary>
    [RegistryName("ENUM_ARRAY_CHANGED")]
    EnumArrayChanged = 122,
    /// <summary><c>COMBINED_TYPE_EXTENDED</c>: The combinator got weaker (for example allOf or oneOf to anyOf), which only admits more values.</summary>
    [RegistryName("COMBINED_TYPE_EXTENDED")]
    CombinedTypeExtended = 123,
    /// <summary><c>COMBINED_TYPE_CHANGED</c>: The combinator got stronger (for example anyOf to oneOf with several branches), so some old values are rejected.</summary>
    [RegistryName("COMBINED_TYPE_CHANGED")]
    CombinedTypeChanged = 124,
    /// <summary><c>PRODUCT_TYPE_EXTENDED</c>: An allOf gained a branch, so old values must now satisfy one more schema.</summary>
    [RegistryName("PRODUCT_TYPE_EXTENDED")]
    ProductTypeExtended = 125,
    /// <summary><c>PRODUCT_TYPE_NARROWED</c>: An allOf lost a branch, which only admits more values.</summary>
    [RegistryName("PRODUCT_TYPE_NARROWED")]
    ProductTypeNarrowed = 126,
    /// <summary><c>SUM_TYPE_EXTENDED</c>: A oneOf, anyOf or type list gained a branch, so every old value still matches one.</summary>
    [RegistryName("SUM_TYPE_EXTENDED")]
    SumTypeExtended = 127,
    /// <summary><c>SUM_TYPE_NARROWED</c>: A oneOf, anyOf or type list lost a branch, so old values of that branch are rejected.</summary>
    [RegistryName("SUM_TYPE_NARROWED")]
    SumTypeNarrowed = 128,
    /// <summary><c>COMBINED_TYPE_SUBSCHEMAS_CHANGED</c>: No one-to-one pairing of old and new branches is compatible, so some old values are rejected.</summary>
    [RegistryName("COMBINED_TYPE_SUBSCHEMAS_CHANGED")]
    CombinedTypeSubschemasChanged = 129,
    /// <summary><c>NOT_TYPE_EXTENDED</c>: The negated schema accepts more, so the not-schema rejects old values it used to accept.</summary>
    [RegistryName("NOT_TYPE_EXTENDED")]
    NotTypeExtended = 130,
    /// <summary><c>NOT_TYPE_NARROWED</c>: The negated schema accepts less, so the not-schema accepts every old value.</summary>
    [RegistryName("NOT_TYPE_NARROWED")]
    NotTypeNarrowed = 131,
}
