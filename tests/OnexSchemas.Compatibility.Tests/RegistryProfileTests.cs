using System.Text.Json;

namespace OnexSchemas.Compatibility.Tests;

/// <summary>
/// Where Redpanda's registry and Confluent's answer differently, one row each with the minimal pair (the rows of
/// docs/compatibility.md's profile table), and the places where they agree, as anchors: a Redpanda prediction that
/// drifts towards Confluent's, or the other way round, fails here.
/// </summary>
public sealed class RegistryProfileTests
{
    private const string D4 = "\"$schema\":\"http://json-schema.org/draft-04/schema#\",";
    private const string D7 = "\"$schema\":\"http://json-schema.org/draft-07/schema#\",";

    private static readonly CompatibilityChecker Redpanda = new(profile: RegistryProfile.Redpanda);
    private static readonly CompatibilityChecker Confluent = new(profile: RegistryProfile.Confluent);

    /// <summary>name, old, new, level, Confluent's verdict, Redpanda's changes ("compatible", or "refused NNN").</summary>
    public static TheoryData<string, string, string, string, string, string> Differences => new()
    {
        { "minLength 0 added", """{"type":"string"}""", """{"type":"string","minLength":0}""", "BACKWARD", "incompatible", "compatible" },
        { "minItems 0 added", """{"type":"array"}""", """{"type":"array","minItems":0}""", "BACKWARD", "incompatible", "compatible" },
        { "minProperties 0 added", """{"type":"object"}""", """{"type":"object","minProperties":0}""", "BACKWARD", "incompatible", "compatible" },
        { "draft-04 exclusiveMaximum flag added", Draft4("""{"type":"number","maximum":10}"""), Draft4("""{"type":"number","maximum":10,"exclusiveMaximum":true}"""), "BACKWARD", "compatible", "EXCLUSIVE_MAXIMUM_ADDED #/exclusiveMaximum" },
        { "draft-04 exclusive flag against a draft-07 bound", Draft4("""{"type":"number","minimum":0,"exclusiveMinimum":true}"""), Draft7("""{"type":"number","exclusiveMinimum":0}"""), "BACKWARD", "incompatible", "refused 422" },
        { "property added to an open model", """{"type":"object","properties":{"a":{"type":"string"}}}""", """{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}}}""", "BACKWARD", "incompatible", "compatible" },
        { "property removed from an open model, FORWARD", """{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}}}""", """{"type":"object","properties":{"a":{"type":"string"}}}""", "FORWARD", "incompatible", "compatible" },
        { "content model closed", """{"type":"object"}""", """{"type":"object","additionalProperties":false}""", "BACKWARD", "incompatible", "ADDITIONAL_PROPERTIES_REMOVED #/additionalProperties" },
        { "property removed beside patternProperties", """{"type":"object","properties":{"x":{"type":"string"}},"patternProperties":{"^a":{"type":"string"}}}""", """{"type":"object","patternProperties":{"^a":{"type":"string"}}}""", "BACKWARD", "incompatible", "compatible" },
        { "every matching pattern must cover a removed property", """{"type":"object","properties":{"ab":{"type":"string"}}}""", """{"type":"object","patternProperties":{"^a":{"type":"string"},"b$":{"type":"integer"}}}""", "BACKWARD", "compatible", "TYPE_CHANGED #/properties/ab, PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL #/properties/ab" },
        { "enum removed", """{"type":"string","enum":["a","b"]}""", """{"type":"string"}""", "BACKWARD", "compatible", "ENUM_ARRAY_CHANGED #/enum" },
        { "enum changed beside a type", """{"type":"integer","enum":[4,1,3]}""", """{"type":"integer","enum":[1,2,4]}""", "BACKWARD", "incompatible", "ENUM_ARRAY_CHANGED #/enum" },
        { "wrapped into a nullable oneOf", """{"type":"string"}""", """{"oneOf":[{"type":"string"},{"type":"null"}]}""", "BACKWARD", "compatible", "COMBINED_TYPE_CHANGED #/" },
        { "one-branch wrapper added", """{"type":"integer"}""", """{"anyOf":[{"type":"number"}]}""", "BACKWARD", "compatible", "COMBINED_TYPE_CHANGED #/" },
        { "one-branch wrapper removed", """{"anyOf":[{"type":"string"}]}""", """{"type":"string"}""", "BACKWARD", "compatible", "TYPE_NARROWED #/" },
        { "type added to untyped object keywords", """{"properties":{"a":{"type":"string"}}}""", """{"type":"object","properties":{"a":{"type":"string"}}}""", "BACKWARD", "compatible", "TYPE_NARROWED #/" },
        { "not removed beside a type", """{"type":"integer","not":{"minimum":10}}""", """{"type":"integer"}""", "BACKWARD", "compatible", "TYPE_CHANGED #/" },
        { "not widened", """{"not":{"type":"integer"}}""", """{"not":{"type":"number"}}""", "BACKWARD", "incompatible", "NOT_TYPE_EXTENDED #/not" },
        { "two combinators in one schema", """{"type":"integer","oneOf":[true],"anyOf":[true]}""", """{"type":"integer","oneOf":[true],"anyOf":[true]}""", "BACKWARD", "compatible", "refused 422" },
        { "duplicate branch added, FORWARD", """{"anyOf":[{"type":"string"}]}""", """{"anyOf":[{"type":"string"},{"type":"string"}]}""", "FORWARD", "compatible", "SUM_TYPE_NARROWED #/" },
        { "type list narrowed", """{"type":["boolean","null"]}""", """{"type":"boolean"}""", "BACKWARD", "incompatible", "TYPE_NARROWED #/" },
        { "const changed", """{"const":"a"}""", """{"const":"b"}""", "BACKWARD", "incompatible", "compatible" },
        { "format changed", """{"type":"string","format":"email"}""", """{"type":"string","format":"uuid"}""", "BACKWARD", "compatible", "compatible" },
        { "list became a tuple", Draft7("""{"type":"array","items":{}}"""), Draft7("""{"type":"array","items":[{}]}"""), "BACKWARD", "compatible", "UNKNOWN #/items" },
        { "a $schema Redpanda does not know", """{"$schema":"https://json-schema.org/draft-07/schema#","type":"string"}""", """{"$schema":"https://json-schema.org/draft-07/schema#","type":"string"}""", "BACKWARD", "compatible", "refused 422" },
        { "a nested $schema Redpanda does not know", """{"type":"object","properties":{"a":{"$schema":"http://example.com/own","type":"string"}}}""", """{"type":"object","properties":{"a":{"$schema":"http://example.com/own","type":"string"}}}""", "BACKWARD", "compatible", "refused 422" },
        { "a $ref that leads nowhere", """{"type":"string"}""", """{"$ref":"#/definitions/missing"}""", "BACKWARD", "incompatible", "refused 422" },
        { "multipleOf widened", """{"type":"number","multipleOf":10}""", """{"type":"number","multipleOf":20}""", "BACKWARD", "incompatible", "MULTIPLE_OF_CHANGED #/multipleOf" },

        // Anchors: the two agree.
        { "integer to number", """{"type":"integer"}""", """{"type":"number"}""", "BACKWARD", "compatible", "compatible" },
        { "number to integer", """{"type":"number"}""", """{"type":"integer"}""", "BACKWARD", "incompatible", "TYPE_NARROWED #/" },
        { "nested type changed", """{"type":"object","properties":{"a":{"type":"string"}}}""", """{"type":"object","properties":{"a":{"type":"integer"}}}""", "BACKWARD", "incompatible", "TYPE_CHANGED #/properties/a" },
        { "maxLength decreased", """{"type":"string","maxLength":10}""", """{"type":"string","maxLength":5}""", "BACKWARD", "incompatible", "MAX_LENGTH_DECREASED #/maxLength" },
        { "pattern added", """{"type":"string"}""", """{"type":"string","pattern":"^a"}""", "BACKWARD", "incompatible", "PATTERN_ADDED #/pattern" },
        { "enum extended", """{"type":"string","enum":["a"]}""", """{"type":"string","enum":["a","b"]}""", "BACKWARD", "compatible", "compatible" },
        { "oneOf branch added", """{"oneOf":[{"type":"string"}]}""", """{"oneOf":[{"type":"string"},{"type":"null"}]}""", "BACKWARD", "compatible", "compatible" },
        { "oneOf branch removed", """{"oneOf":[{"type":"string"},{"type":"null"}]}""", """{"oneOf":[{"type":"string"}]}""", "BACKWARD", "incompatible", "SUM_TYPE_NARROWED #/" },
        { "allOf branch added", """{"allOf":[{"type":"string"}]}""", """{"allOf":[{"type":"string"},{"maxLength":5}]}""", "BACKWARD", "incompatible", "PRODUCT_TYPE_EXTENDED #/" },
        { "anyOf to oneOf, two branches each", """{"anyOf":[{"type":"string"},{"type":"null"}]}""", """{"oneOf":[{"type":"string"},{"type":"null"}]}""", "BACKWARD", "incompatible", "COMBINED_TYPE_CHANGED #/" },
        { "property removed from a closed model", """{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false}""", """{"type":"object","additionalProperties":false}""", "BACKWARD", "incompatible", "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL #/properties/a" },
        { "required property added", """{"type":"object","properties":{"name":{"type":"string"}},"required":["name"],"additionalProperties":false}""", """{"type":"object","properties":{"name":{"type":"string"},"id":{"type":"integer"}},"required":["name","id"],"additionalProperties":false}""", "BACKWARD", "incompatible", "REQUIRED_ATTRIBUTE_ADDED #/required/id" },
        { "required property added with a default", """{"type":"object","properties":{"a":{"type":"string"}}}""", """{"type":"object","properties":{"a":{"type":"string","default":"x"}},"required":["a"]}""", "BACKWARD", "compatible", "compatible" },
        { "dependency added", """{"type":"object"}""", """{"type":"object","dependencies":{"a":["b"]}}""", "BACKWARD", "incompatible", "DEPENDENCY_ARRAY_ADDED #/dependencies/a" },
        { "recursive schema tightened below the cycle", """{"type":"object","properties":{"child":{"$ref":"#"},"n":{"type":"string"}}}""", """{"type":"object","properties":{"child":{"$ref":"#"},"n":{"type":"string","maxLength":3}}}""", "BACKWARD", "incompatible", "MAX_LENGTH_ADDED #/properties/child/properties/n/maxLength, MAX_LENGTH_ADDED #/properties/n/maxLength" },
        { "FULL reports the backward part first", """{"type":"string","maxLength":5}""", """{"type":"integer"}""", "FULL", "incompatible", "TYPE_CHANGED #/, TYPE_CHANGED #/" },
    };

    [Theory]
    [MemberData(nameof(Differences))]
    public void Each_registry_gives_its_own_verdict(string name, string old, string update, string level, string confluent, string redpanda)
    {
        var parsedLevel = CompatibilityLevels.Parse(level);

        var byConfluent = Confluent.Check(Json.Parse(old), Json.Parse(update), parsedLevel);
        var byRedpanda = Redpanda.Check(Json.Parse(old), Json.Parse(update), parsedLevel);

        Assert.True(confluent == (byConfluent.IsCompatible ? "compatible" : "incompatible"), $"{name}: Confluent: {string.Join("; ", byConfluent.Messages)}");
        Assert.Equal(redpanda, Describe(byRedpanda));
        Assert.Equal(redpanda == "compatible", byRedpanda.IsCompatible);
    }

    [Fact]
    public void Redpanda_words_its_refusals_and_messages_as_it_does()
    {
        var result = Redpanda.Check(
            Json.Parse("""{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false}"""),
            Json.Parse("""{"type":"object","additionalProperties":false}"""));

        Assert.Equal(
            [
                "{errorType:\"PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL\", description:\"The new has a closed content model and is missing a property or item present at path '#/properties/a' in the old schema\"}",
                "{oldSchemaVersion: 1}",
                "{oldSchema: '{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"additionalProperties\":false}'}",
                "{compatibility: 'BACKWARD'}",
            ],
            result.Messages);

        // The writer's two combinators are refused even though the reader has none.
        var refused = Redpanda.Check(Json.Parse("""{"type":"string","oneOf":[true],"anyOf":[true]}"""), Json.Parse("""{"type":"string"}"""));
        Assert.False(refused.IsCompatible);
        Assert.Equal(422, refused.Refusal!.Status);
        Assert.Equal("{\"type\":\"string\",\"oneOf\":[true],\"anyOf\":[true]} has more than one combinator", refused.Refusal.Message);
        Assert.Equal(RequiredBump.Major, refused.RequiredBump);
    }

    [Fact]
    public void Redpanda_walks_transitive_levels_from_the_oldest_version_and_stops_at_the_first_failure()
    {
        var v1 = Json.Parse("""{"type":"string"}""");
        var v2 = Json.Parse("""{"type":"string","maxLength":10}""");
        var update = Json.Parse("""{"type":"string","maxLength":5}""");

        var result = Redpanda.Check([v1, v2], update, CompatibilityLevel.BackwardTransitive);

        var change = Assert.Single(result.Changes);
        Assert.Equal("MAX_LENGTH_ADDED #/maxLength", change.Change.ToString());
        Assert.Equal(1, change.PreviousVersion);
        Assert.Contains("{oldSchemaVersion: 1}", result.Messages);
        Assert.DoesNotContain("{oldSchemaVersion: 2}", result.Messages);

        // Confluent checks every version.
        Assert.Contains(Confluent.Check([v1, v2], update, CompatibilityLevel.BackwardTransitive).Changes, judged => judged.PreviousVersion == 2 && !judged.IsCompatible);
    }

    [Fact]
    public void Redpanda_under_full_lists_the_backward_part_then_the_forward_part()
    {
        var result = Redpanda.Check(Json.Parse("""{"type":"string","maxLength":5}"""), Json.Parse("""{"type":"string","maxLength":3}"""), CompatibilityLevel.Full);

        Assert.Equal([CheckDirection.Backward], result.Changes.Select(judged => judged.Direction));
        Assert.StartsWith("{errorType:\"MAX_LENGTH_DECREASED\", description:\"The value at path '#/maxLength' in the new schema is less than its value in the old schema\"}", result.Messages[0], StringComparison.Ordinal);

        var widened = Redpanda.Check(Json.Parse("""{"type":"string","maxLength":3}"""), Json.Parse("""{"type":"string","maxLength":5}"""), CompatibilityLevel.Full);
        var forward = Assert.Single(widened.Changes);
        Assert.Equal(CheckDirection.Forward, forward.Direction);
        Assert.Contains("in the old schema is less than its value in the new schema", widened.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_compatible_update_still_needs_the_bump_its_edits_call_for_under_Redpanda()
    {
        var minor = Redpanda.Check(Json.Parse("""{"type":"string","maxLength":3}"""), Json.Parse("""{"type":"string","maxLength":5}"""));
        var patch = Redpanda.Check(Json.Parse("""{"type":"string"}"""), Json.Parse("""{"type":"string","description":"a name"}"""));
        var none = Redpanda.Check(Json.Parse("""{"type":"string"}"""), Json.Parse("""{ "type" : "string" }"""));

        Assert.True(minor.IsCompatible && patch.IsCompatible && none.IsCompatible);
        Assert.Empty(minor.Changes);
        Assert.Equal(RequiredBump.Minor, minor.RequiredBump);
        Assert.Equal("MAX_LENGTH_INCREASED #/maxLength", Assert.Single(minor.Edits).ToString());
        Assert.Equal(RequiredBump.Patch, patch.RequiredBump);
        Assert.Equal(RequiredBump.None, none.RequiredBump);
    }

    [Fact]
    public void Redpanda_has_no_lenient_policy()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Redpanda.Check(Json.Parse("""{"type":"string"}"""), Json.Parse("""{"type":"string"}"""), CompatibilityLevel.Backward, CompatibilityPolicy.Lenient));
        Assert.Contains("no LENIENT policy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void References_resolve_through_ids_and_siblings_merge_as_Redpanda_merges_them()
    {
        var old = Json.Parse("""{"$id":"https://example.com/a.json","type":"object","properties":{"p":{"$ref":"https://example.com/a.json#/definitions/n"}},"definitions":{"n":{"type":"integer"}}}""");
        var tightened = Json.Parse("""{"$id":"https://example.com/a.json","type":"object","properties":{"p":{"$ref":"#/definitions/n"}},"definitions":{"n":{"type":"integer","maximum":5}}}""");
        var sibling = Json.Parse("""{"$id":"https://example.com/a.json","type":"object","properties":{"p":{"$ref":"#/definitions/n","maximum":5}},"definitions":{"n":{"type":"integer"}}}""");

        Assert.Equal("MAXIMUM_ADDED #/properties/p/maximum", Describe(Redpanda.Check(old, tightened)));
        Assert.True(Redpanda.Check(old, old).IsCompatible);

        // A subschema with its own $id is a resource of its own, reached by that id.
        var nested = Json.Parse("""{"$id":"https://example.com/a.json","type":"object","properties":{"p":{"$ref":"b.json"}},"definitions":{"b":{"$id":"b.json","type":"integer"}}}""");
        var nestedTightened = Json.Parse("""{"$id":"https://example.com/a.json","type":"object","properties":{"p":{"$ref":"b.json"}},"definitions":{"b":{"$id":"b.json","type":"integer","maximum":5}}}""");
        Assert.Equal("MAXIMUM_ADDED #/properties/p/maximum", Describe(Redpanda.Check(nested, nestedTightened)));
        Assert.True(Redpanda.Check(nested, nested).IsCompatible);

        // The $ref and its sibling become allOf[sibling, target]; the old side has no combinator.
        Assert.Equal("COMBINED_TYPE_CHANGED #/properties/p", Describe(Redpanda.Check(old, sibling)));
    }

    [Fact]
    public void The_tree_config_names_the_profile_and_the_default_is_Redpanda()
    {
        Assert.Equal(RegistryProfile.Redpanda, RegistryProfiles.Default);
        Assert.Equal(RegistryProfile.Redpanda, new CompatibilityChecker().Profile);
        Assert.True(RegistryProfiles.TryParse("confluent", out var confluent));
        Assert.Equal(RegistryProfile.Confluent, confluent);
        Assert.False(RegistryProfiles.TryParse("Confluent", out _));
        Assert.True(RegistryProfiles.TryParseLoosely(" Confluent ", out _));
        Assert.Equal("redpanda, confluent", RegistryProfiles.ListText);
    }

    private static string Describe(CompatibilityResult result) =>
        result.Refusal is { } refusal ? $"refused {refusal.Status}"
        : result.IsCompatible ? "compatible"
        : string.Join(", ", result.Changes.Select(judged => judged.Change.ToString()));

    private static string Draft4(string schema) => "{" + D4 + schema[1..];

    private static string Draft7(string schema) => "{" + D7 + schema[1..];
}
