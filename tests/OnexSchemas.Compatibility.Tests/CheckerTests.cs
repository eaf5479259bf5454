namespace OnexSchemas.Compatibility.Tests;

/// <summary>Levels, directions, transitivity, messages and version bumps.</summary>
public sealed class CheckerTests
{
    private static readonly CompatibilityChecker Checker = new(profile: RegistryProfile.Confluent);

    private static System.Text.Json.JsonElement MaxLength(int n) =>
        Json.Parse("""{"type":"object","properties":{"a":{"type":"string","maxLength":""" + n + """}},"additionalProperties":false}""");

    [Fact]
    public void Non_transitive_levels_use_only_the_latest_version()
    {
        var history = new[] { MaxLength(20), MaxLength(10) };
        var result = Checker.Check(history, MaxLength(15), CompatibilityLevel.Backward);
        Assert.True(result.IsCompatible);
        var change = Assert.Single(result.Changes);
        Assert.Equal("MAX_LENGTH_INCREASED #/properties/a/maxLength", change.Change.ToString());
        Assert.Equal(2, change.PreviousVersion);
        Assert.Equal(CheckDirection.Backward, change.Direction);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public void Transitive_levels_check_every_earlier_version()
    {
        var history = new[] { MaxLength(20), MaxLength(10) };
        var result = Checker.Check(history, MaxLength(15), CompatibilityLevel.BackwardTransitive);
        Assert.False(result.IsCompatible);
        Assert.Equal(2, result.Changes.Count);
        var broken = Assert.Single(result.Changes, c => !c.IsCompatible);
        Assert.Equal(1, broken.PreviousVersion);
        Assert.Equal(
            [
                "{errorType:\"MAX_LENGTH_DECREASED\", description:\"The value at path '#/properties/a/maxLength' in the new schema is less than its value in the old schema\"}",
                "{oldSchemaVersion: 1}",
                "{oldSchema: '{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"maxLength\":20}},\"additionalProperties\":false}'}",
                "{compatibility: 'BACKWARD_TRANSITIVE'}",
            ],
            result.Messages);
        Assert.Equal(RequiredBump.Major, result.RequiredBump);
    }

    [Fact]
    public void Forward_diffs_the_other_way_and_swaps_reader_and_writer()
    {
        var result = Checker.Check(MaxLength(10), MaxLength(20), CompatibilityLevel.Forward);
        Assert.False(result.IsCompatible);
        var change = Assert.Single(result.Changes);
        Assert.Equal(CheckDirection.Forward, change.Direction);
        Assert.Equal(SchemaChangeType.MaxLengthDecreased, change.Change.Type);
        Assert.Equal(
            "{errorType:\"MAX_LENGTH_DECREASED\", description:\"The value at path '#/properties/a/maxLength' in the old schema is less than its value in the new schema\"}",
            result.Messages[0]);
        Assert.Equal("{oldSchemaVersion: 1}", result.Messages[1]);
    }

    [Fact]
    public void Forward_transitive_checks_every_version()
    {
        var history = new[] { MaxLength(5), MaxLength(30) };
        Assert.True(Checker.Check(history, MaxLength(20), CompatibilityLevel.Forward).IsCompatible);
        Assert.False(Checker.Check(history, MaxLength(20), CompatibilityLevel.ForwardTransitive).IsCompatible);
    }

    [Fact]
    public void Full_reports_both_directions_with_the_old_schema_after_the_backward_part()
    {
        var before = Json.Parse("""{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}},"additionalProperties":false}""");
        var after = Json.Parse("""{"type":"object","properties":{"a":{"type":"string"},"c":{"type":"integer"}},"required":["c"],"additionalProperties":false}""");
        var result = Checker.Check(before, after, CompatibilityLevel.Full);
        Assert.False(result.IsCompatible);
        Assert.Contains(result.Changes, c => c.Direction == CheckDirection.Forward && !c.IsCompatible);
        Assert.Contains(result.Changes, c => c.Direction == CheckDirection.Backward && !c.IsCompatible);
        Assert.StartsWith("{errorType:\"PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL\", description:\"The old schema has a closed content model", result.Messages[0], StringComparison.Ordinal);
        Assert.Equal("{oldSchemaVersion: 1}", result.Messages[^3]);
        Assert.StartsWith("{oldSchema: '", result.Messages[^2], StringComparison.Ordinal);
        Assert.Equal("{compatibility: 'FULL'}", result.Messages[^1]);
        Assert.Single(result.Messages, m => m.StartsWith("{oldSchemaVersion", StringComparison.Ordinal));
    }

    [Fact]
    public void Full_transitive_needs_both_directions_against_every_version()
    {
        var v1 = Json.Parse("""{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false}""");
        var v2 = Json.Parse("""{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"}},"additionalProperties":false}""");
        var v3 = Json.Parse("""{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"},"c":{"type":"string"}},"additionalProperties":false}""");
        Assert.True(Checker.Check(new[] { v1, v2 }, v3, CompatibilityLevel.Backward).IsCompatible);
        Assert.True(Checker.Check(new[] { v1, v2 }, v3, CompatibilityLevel.BackwardTransitive).IsCompatible);
        Assert.False(Checker.Check(new[] { v1, v2 }, v3, CompatibilityLevel.FullTransitive).IsCompatible);
        Assert.True(Checker.Check(new[] { v1, v2 }, v3, CompatibilityLevel.FullTransitive, CompatibilityPolicy.Lenient).IsCompatible);
    }

    [Fact]
    public void Messages_use_the_registry_description_or_nothing()
    {
        var result = Checker.Check(Json.Parse("""{"type":"array"}"""), Json.Parse("""{"type":"array","items":{"type":"string"}}"""));
        Assert.Equal("{errorType:\"SCHEMA_ADDED\", description:\"\"}", result.Messages[0]);
    }

    [Fact]
    public void Bump_is_patch_for_annotations_minor_for_compatible_and_major_for_breaking()
    {
        var plain = Json.Parse("""{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false}""");
        var titled = Json.Parse("""{"title":"Order","type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false}""");
        var grown = Json.Parse("""{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"}},"additionalProperties":false}""");
        var retyped = Json.Parse("""{"type":"object","properties":{"a":{"type":"integer"}},"additionalProperties":false}""");
        Assert.Equal(RequiredBump.None, Checker.Check(plain, plain).RequiredBump);
        Assert.Equal(RequiredBump.Patch, Checker.Check(plain, titled).RequiredBump);
        Assert.Equal(RequiredBump.Minor, Checker.Check(plain, grown).RequiredBump);
        Assert.Equal(RequiredBump.Major, Checker.Check(plain, retyped).RequiredBump);

        // FORWARD judges the same growth as a removal from a closed model.
        Assert.Equal(RequiredBump.Major, Checker.Check(plain, grown, CompatibilityLevel.Forward).RequiredBump);
    }

    [Fact]
    public void None_accepts_everything_and_still_reports_changes()
    {
        var before = Json.Parse("""{"type":"string"}""");
        var after = Json.Parse("""{"type":"integer"}""");
        var result = Checker.Check(before, after, CompatibilityLevel.None);
        Assert.True(result.IsCompatible);
        Assert.Empty(result.Messages);
        var change = Assert.Single(result.Changes);
        Assert.True(change.IsCompatible);
        Assert.Equal(RequiredBump.Minor, result.RequiredBump);
    }

    [Fact]
    public void A_first_version_is_always_compatible()
    {
        var result = Checker.Check(Array.Empty<System.Text.Json.JsonElement>(), Json.Parse("""{"type":"string"}"""), CompatibilityLevel.FullTransitive);
        Assert.True(result.IsCompatible);
        Assert.Empty(result.Changes);
        Assert.Equal(RequiredBump.None, result.RequiredBump);
        Assert.Equal(CompatibilityLevel.FullTransitive, result.Level);
    }

    [Fact]
    public void The_policy_is_carried_into_the_result()
    {
        var before = Json.Parse("""{"type":"object","properties":{"a":{"type":"string"}}}""");
        var after = Json.Parse("""{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"}}}""");
        var strict = Checker.Check(before, after);
        var lenient = Checker.Check(before, after, CompatibilityLevel.Backward, CompatibilityPolicy.Lenient);
        Assert.False(strict.IsCompatible);
        Assert.True(lenient.IsCompatible);
        Assert.Equal(CompatibilityPolicy.Lenient, lenient.Policy);
        Assert.Equal(
            "{errorType:\"OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL\", description:\"The new schema has an open content model and has a property or item at path '#/properties/b' which is missing in the old schema\"}",
            strict.Messages[0]);
        Assert.Equal("OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL #/properties/b (backward, v1): incompatible", strict.Changes[0].ToString());
    }
}
