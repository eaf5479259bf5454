namespace OnexSchemas.Compatibility.Tests;

/// <summary>The change-type vocabulary must be the registry's, character for character.</summary>
public sealed class VocabularyTests
{
    // Confluent's Difference.Type, in its declaration order.
    private static readonly string[] RegistryNames =
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
        "UNKNOWN"
    ];

    [Fact]
    public void Every_registry_name_maps_to_exactly_one_change_type_in_order()
    {
        Assert.Equal(RegistryNames, ChangeVocabulary.All.Select(t => t.ToRegistryName()));
        Assert.Equal(RegistryNames.Length, Enum.GetValues<SchemaChangeType>().Length);
    }

    [Fact]
    public void Each_entry_describes_its_own_type()
    {
        foreach (var type in Enum.GetValues<SchemaChangeType>())
        {
            Assert.Equal(type, ChangeVocabulary.Describe(type).Type);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => ChangeVocabulary.Describe((SchemaChangeType)int.MaxValue));
    }

    [Fact]
    public void A_vocabulary_missing_a_type_does_not_load()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChangeVocabulary.Index(ChangeVocabulary.Definitions.Skip(1)));
        Assert.Contains("IdChanged has no entry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vocabulary_with_a_type_twice_does_not_load()
    {
        var doubled = ChangeVocabulary.Definitions.Append(ChangeVocabulary.Describe(SchemaChangeType.TypeChanged));
        var error = Assert.Throws<InvalidOperationException>(() => ChangeVocabulary.Index(doubled));
        Assert.Contains("TypeChanged has two entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_name_that_does_not_spell_its_type_does_not_load()
    {
        // The mistake the positional tables made possible: a name (or verdict) paired with its neighbour's type.
        var swapped = ChangeVocabulary.Definitions.Select(definition => definition.Type == SchemaChangeType.TypeNarrowed
            ? definition with { RegistryName = "TYPE_EXTENDED" }
            : definition);
        var error = Assert.Throws<InvalidOperationException>(() => ChangeVocabulary.Index(swapped));
        Assert.Contains("'TYPE_EXTENDED' does not spell the member (TYPE_NARROWED)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_without_a_reason_does_not_load()
    {
        var blank = ChangeVocabulary.Definitions.Select(definition => definition.Type == SchemaChangeType.TypeChanged
            ? definition with { Reason = " " }
            : definition);
        Assert.Throws<InvalidOperationException>(() => ChangeVocabulary.Index(blank));
    }

    [Fact]
    public void Entries_load_in_any_order()
    {
        var reversed = ChangeVocabulary.Index(ChangeVocabulary.Definitions.Reverse());
        Assert.Equal(ChangeVocabulary.Definitions, reversed);
    }

    [Fact]
    public void Pascal_case_members_spell_the_registry_names()
    {
        foreach (var type in ChangeVocabulary.All)
        {
            Assert.Equal(type.ToString(), string.Concat(type.ToRegistryName().Split('_').Select(w => w[0] + w[1..].ToLowerInvariant())));
        }
    }

    [Theory]
    [InlineData("TYPE_CHANGED", SchemaChangeType.TypeChanged)]
    [InlineData("required_attribute_added", SchemaChangeType.RequiredAttributeAdded)]
    [InlineData(" OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL ", SchemaChangeType.OptionalPropertyAddedToUnopenContentModel)]
    public void Registry_names_parse(string name, SchemaChangeType expected)
    {
        Assert.True(ChangeVocabulary.TryParse(name, out var parsed));
        Assert.Equal(expected, parsed);
        Assert.Equal(expected, ChangeVocabulary.Parse(name));
    }

    [Fact]
    public void Unknown_names_do_not_parse()
    {
        Assert.False(ChangeVocabulary.TryParse("FIELD_REMOVED", out _));
        Assert.False(ChangeVocabulary.TryParse(null, out _));
        Assert.Throws<FormatException>(() => ChangeVocabulary.Parse("nope"));
    }

    [Fact]
    public void A_change_prints_like_the_registry_test_suite()
    {
        var change = new SchemaChange(SchemaChangeType.MaxLengthDecreased, "#/properties/s/maxLength");
        Assert.Equal("MAX_LENGTH_DECREASED", change.TypeName);
        Assert.Equal("MAX_LENGTH_DECREASED #/properties/s/maxLength", change.ToString());
    }

    [Fact]
    public void Every_type_has_a_reason_and_annotations_are_exactly_the_four_metadata_changes()
    {
        foreach (var type in ChangeVocabulary.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(ChangeVocabulary.Reason(type)), type.ToRegistryName());
            Assert.EndsWith(".", ChangeVocabulary.Reason(type), StringComparison.Ordinal);
        }

        Assert.Equal(
            [SchemaChangeType.IdChanged, SchemaChangeType.DescriptionChanged, SchemaChangeType.TitleChanged, SchemaChangeType.DefaultChanged],
            ChangeVocabulary.All.Where(ChangeVocabulary.IsAnnotationOnly));
    }

    [Theory]
    [InlineData(SchemaChangeType.OptionalPropertyAddedToUnopenContentModel, true, true)]
    [InlineData(SchemaChangeType.OptionalPropertyAddedToOpenContentModel, false, true)]
    [InlineData(SchemaChangeType.RequiredPropertyAddedToOpenContentModel, false, false)]
    [InlineData(SchemaChangeType.RequiredPropertyWithDefaultAddedToOpenContentModel, false, true)]
    [InlineData(SchemaChangeType.PropertyRemovedFromOpenContentModel, true, true)]
    [InlineData(SchemaChangeType.PropertyRemovedFromClosedContentModel, false, true)]
    [InlineData(SchemaChangeType.AdditionalPropertiesRemoved, false, true)]
    [InlineData(SchemaChangeType.AdditionalPropertiesNarrowed, false, true)]
    [InlineData(SchemaChangeType.AdditionalItemsRemoved, false, false)]
    [InlineData(SchemaChangeType.TypeChanged, false, false)]
    [InlineData(SchemaChangeType.EnumArrayExtended, true, true)]
    [InlineData(SchemaChangeType.NotTypeNarrowed, true, true)]
    public void Policies_follow_the_registry_sets(SchemaChangeType type, bool strict, bool lenient)
    {
        Assert.Equal(strict, ChangeVocabulary.IsCompatible(type, CompatibilityPolicy.Strict));
        Assert.Equal(lenient, ChangeVocabulary.IsCompatible(type, CompatibilityPolicy.Lenient));
    }

    [Theory]
    [InlineData("NONE", CompatibilityLevel.None)]
    [InlineData("BACKWARD", CompatibilityLevel.Backward)]
    [InlineData("BACKWARD_TRANSITIVE", CompatibilityLevel.BackwardTransitive)]
    [InlineData("FORWARD", CompatibilityLevel.Forward)]
    [InlineData("FORWARD_TRANSITIVE", CompatibilityLevel.ForwardTransitive)]
    [InlineData("FULL", CompatibilityLevel.Full)]
    [InlineData("FULL_TRANSITIVE", CompatibilityLevel.FullTransitive)]
    public void Levels_round_trip_through_registry_names(string name, CompatibilityLevel level)
    {
        Assert.Equal(name, level.ToRegistryName());
        Assert.Equal(level, CompatibilityLevels.Parse(name));
        Assert.Equal(level, CompatibilityLevels.Parse(name.ToLowerInvariant().Replace('_', '-')));
        Assert.Equal(level, CompatibilityLevels.Parse(level.ToString()));
        Assert.Equal(name.EndsWith("_TRANSITIVE", StringComparison.Ordinal), level.IsTransitive());
    }

    [Fact]
    public void Levels_say_which_directions_they_check()
    {
        Assert.True(CompatibilityLevel.Backward.ChecksBackward());
        Assert.False(CompatibilityLevel.Backward.ChecksForward());
        Assert.True(CompatibilityLevel.ForwardTransitive.ChecksForward());
        Assert.False(CompatibilityLevel.ForwardTransitive.ChecksBackward());
        Assert.True(CompatibilityLevel.Full.ChecksBackward() && CompatibilityLevel.Full.ChecksForward());
        Assert.False(CompatibilityLevel.None.ChecksBackward() || CompatibilityLevel.None.ChecksForward());
        Assert.False(CompatibilityLevels.TryParse("SIDEWAYS", out _));
        Assert.Throws<FormatException>(() => CompatibilityLevels.Parse(""));
    }

    [Fact]
    public void Policies_round_trip()
    {
        Assert.Equal("STRICT", CompatibilityPolicy.Strict.ToRegistryName());
        Assert.Equal("LENIENT", CompatibilityPolicy.Lenient.ToRegistryName());
        Assert.Equal(CompatibilityPolicy.Lenient, CompatibilityPolicies.Parse("lenient"));
        Assert.Equal(CompatibilityPolicy.Strict, CompatibilityPolicies.Parse("STRICT"));
        Assert.False(CompatibilityPolicies.TryParse("LOGICAL", out _));
    }
}
