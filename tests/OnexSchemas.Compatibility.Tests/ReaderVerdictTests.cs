using System.Text.Json;
using OnexSchemas.Compatibility.Readers;

namespace OnexSchemas.Compatibility.Tests;

/// <summary>
/// The classes of change the registry accepts although old messages fail the new schema: for each, the minimal
/// pair, the registry's verdict (compatible), the reader verdict (breaking, naming the keyword) and the counterexample.
/// </summary>
public sealed class ReaderVerdictTests
{
    private const string Draft7 = "\"$schema\": \"http://json-schema.org/draft-07/schema#\", ";
    private const string Draft4 = "\"$schema\": \"http://json-schema.org/draft-04/schema#\", ";

    public static TheoryData<string, string, string, string, string, string> Classes => new()
    {
        {
            "a required name that is not among properties",
            """{ "type": "object", "properties": { "a": { "type": "string" } }, "additionalProperties": false }""",
            """{ "type": "object", "properties": { "a": { "type": "string" } }, "additionalProperties": false, "required": ["b"] }""",
            "required", "{}", "REQUIRED_ATTRIBUTE_ADDED #/required/b"
        },
        {
            "patternProperties added",
            """{ "type": "object" }""",
            """{ "type": "object", "patternProperties": { "^x": { "type": "string" } } }""",
            "patternProperties", """{"x":{}}""", "compatible"
        },
        {
            "patternProperties changed",
            """{ "type": "object", "patternProperties": { "^x": { "type": "string" } } }""",
            """{ "type": "object", "patternProperties": { "^x": { "type": "string", "maxLength": 2 } } }""",
            "maxLength", """{"x":"aaa"}""", "compatible"
        },
        {
            "format added",
            """{ "type": "string" }""",
            """{ "type": "string", "format": "date-time" }""",
            "format", "\"\"", "compatible"
        },
        {
            "format changed",
            """{ "type": "string", "format": "email" }""",
            """{ "type": "string", "format": "uuid" }""",
            "format", "\"a@example.com\"", "compatible"
        },
        {
            "propertyNames added",
            """{ "type": "object" }""",
            """{ "type": "object", "propertyNames": { "maxLength": 3 } }""",
            "propertyNames", """{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa":{}}""", "compatible"
        },
        {
            "contains added",
            """{ "type": "array" }""",
            """{ "type": "array", "contains": { "type": "string" } }""",
            "contains", "[]", "compatible"
        },
        {
            "a type added where the other keywords implied one",
            """{ "minLength": 2 }""",
            """{ "type": "string", "minLength": 2 }""",
            "type", "{}", "TYPE_NARROWED #/"
        },
        {
            "a oneOf branch added that overlaps another",
            """{ "oneOf": [ { "type": "string" }, { "type": "integer" } ] }""",
            """{ "oneOf": [ { "type": "string" }, { "type": "integer" }, { "type": "number" } ] }""",
            "oneOf", "0", "compatible"
        },
        {
            "a oneOf branch widened over another",
            """{ "oneOf": [ { "type": "string", "maxLength": 3 }, { "type": "string", "minLength": 5 } ] }""",
            """{ "oneOf": [ { "type": "string", "maxLength": 3 }, { "type": "string", "minLength": 2 } ] }""",
            "oneOf", "\"aa\"", "compatible"
        },
        {
            "a draft-04 boolean exclusiveMaximum added beside maximum",
            "{ " + Draft4 + """ "type": "number", "maximum": 10 }""",
            "{ " + Draft4 + """ "type": "number", "maximum": 10, "exclusiveMaximum": true }""",
            "exclusiveMaximum", "10", "EXCLUSIVE_MAXIMUM_ADDED #/exclusiveMaximum"
        },
        {
            "a draft-04 boolean exclusiveMinimum added beside minimum",
            "{ " + Draft4 + """ "type": "integer", "minimum": 0 }""",
            "{ " + Draft4 + """ "type": "integer", "minimum": 0, "exclusiveMinimum": true }""",
            "exclusiveMinimum", "0", "EXCLUSIVE_MINIMUM_ADDED #/exclusiveMinimum"
        },
        {
            "a required property added with a default",
            "{ " + Draft7 + """ "type": "object", "properties": { "a": { "type": "string" } } }""",
            "{ " + Draft7 + """ "type": "object", "properties": { "a": { "type": "string", "default": "x" } }, "required": ["a"] }""",
            "required", "{}", "compatible"
        },
    };

    [Theory]
    [MemberData(nameof(Classes))]
    public void Confluent_accepts_it_and_the_reader_verdict_shows_the_message_that_breaks(string name, string old, string update, string keyword, string counterexample, string redpanda)
    {
        var registry = new CompatibilityChecker(profile: RegistryProfile.Confluent).Check(Json.Parse(old), Json.Parse(update));
        Assert.True(registry.IsCompatible, $"{name}: the registry verdict was expected to be compatible: {string.Join("; ", registry.Messages)}");
        Assert.False(string.IsNullOrEmpty(redpanda));

        var readers = new ReaderChecker().Check(Json.Parse(old), Json.Parse(update));

        Assert.False(readers.IsCompatible, name);
        var finding = Assert.Single(readers.Findings, finding => finding.Keyword == keyword);
        Assert.Equal(CheckDirection.Backward, finding.Direction);
        Assert.Equal(counterexample, finding.Counterexample);
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public void Redpanda_catches_only_the_classes_its_own_check_compares(string name, string old, string update, string keyword, string counterexample, string redpanda)
    {
        var registry = new CompatibilityChecker(profile: RegistryProfile.Redpanda).Check(Json.Parse(old), Json.Parse(update));

        Assert.Equal(redpanda, registry.IsCompatible ? "compatible" : string.Join(", ", registry.Changes.Select(judged => judged.Change.ToString())));
        Assert.Equal(RegistryProfile.Redpanda, registry.Profile);
        Assert.False(string.IsNullOrEmpty(name + keyword + counterexample));
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public void Each_counterexample_is_valid_under_the_old_schema_and_invalid_under_the_new(string name, string old, string update, string keyword, string counterexample, string redpanda)
    {
        var instance = Json.Parse(counterexample);
        Assert.Equal(Truth.True, InstanceEvaluator.Evaluate(ReaderSchemaLoader.Load(Json.Parse(old)), instance));
        Assert.Equal(Truth.False, InstanceEvaluator.Evaluate(ReaderSchemaLoader.Load(Json.Parse(update)), instance));
        Assert.False(string.IsNullOrEmpty(name + keyword + redpanda));
    }

    [Theory]
    [InlineData("""{ "type": "string" }""", """{ "type": ["string", "null"] }""")]
    [InlineData("""{ "type": "integer" }""", """{ "type": "number" }""")]
    [InlineData("""{ "type": "string", "maxLength": 5 }""", """{ "type": "string", "maxLength": 10 }""")]
    [InlineData("""{ "type": "number", "minimum": 1 }""", """{ "type": "number", "minimum": 0 }""")]
    [InlineData("""{ "type": "integer", "multipleOf": 4 }""", """{ "type": "integer", "multipleOf": 2 }""")]
    [InlineData("""{ "enum": ["a", "b"] }""", """{ "enum": ["a", "b", "c"] }""")]
    [InlineData("""{ "const": "a" }""", """{ "type": "string", "pattern": "^[a-z]$" }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "string" } }, "required": ["a"] }""", """{ "type": "object", "properties": { "a": { "type": "string" } } }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "string" } }, "additionalProperties": false }""", """{ "type": "object", "properties": { "a": { "type": "string" }, "b": { "type": "integer" } }, "additionalProperties": false }""")]
    [InlineData("""{ "type": "object", "required": ["kind"], "properties": { "kind": { "const": "a" } } }""", """{ "oneOf": [ { "type": "object", "required": ["kind"], "properties": { "kind": { "const": "a" } } }, { "type": "object", "required": ["kind"], "properties": { "kind": { "const": "b" } } } ] }""")]
    [InlineData("""{ "type": "array", "items": { "type": "integer" } }""", """{ "type": "array", "items": { "type": "number" } }""")]
    [InlineData("""{ "type": "string", "format": "uuid" }""", """{ "type": "string", "format": "uuid" }""")]
    [InlineData("""{ "type": "string", "pattern": "^[a-z]+$" }""", """{ "type": "string", "pattern": "^[a-z]+$", "description": "changed" }""")]
    [InlineData("""{ "anyOf": [ { "type": "string" }, { "type": "null" } ] }""", """{ "type": ["string", "null"] }""")]
    [InlineData("""{ "type": ["string", "null"] }""", """{ "anyOf": [ { "type": "string" }, { "type": "null" } ] }""")]
    [InlineData("""{ "type": "number", "exclusiveMaximum": 10 }""", """{ "type": "number", "maximum": 10 }""")]
    [InlineData("""{ "definitions": { "node": { "type": "object", "properties": { "next": { "$ref": "#/definitions/node" } } } }, "$ref": "#/definitions/node" }""", """{ "definitions": { "node": { "type": "object", "properties": { "next": { "$ref": "#/definitions/node" } } } }, "$ref": "#/definitions/node" }""")]
    [InlineData("""{ "properties": { "a": { "$ref": "#/definitions/d", "description": "old" } }, "definitions": { "d": { "$ref": "#/definitions/e" }, "e": { "type": "string", "pattern": "^[a-z]+$" } } }""", """{ "properties": { "a": { "$ref": "#/definitions/d", "description": "old" } }, "definitions": { "d": { "$ref": "#/definitions/e" }, "e": { "type": "string", "pattern": "^[a-z]+$" } }, "description": "new" }""")]
    public void Changes_that_keep_every_old_message_valid_are_compatible_for_readers(string old, string update)
    {
        var readers = new ReaderChecker().Check(Json.Parse(old), Json.Parse(update));
        Assert.True(readers.IsCompatible, string.Join("; ", readers.Findings));
    }

    // Pairs a review found the verdict calling compatible although the reader refuses a message: each must break.
    [Theory]
    [InlineData("""{ "type": "object" }""", """{ "type": "object", "patternProperties": { "^q$": { "type": "string" } } }""")]
    [InlineData("""{ "type": "object" }""", """{ "patternProperties": { ".": {} }, "additionalProperties": false }""")]
    [InlineData("""{ "patternProperties": { "^a": {} }, "additionalProperties": false }""", """{ "patternProperties": { "^a": {}, "^ab": { "type": "string" } } }""")]
    [InlineData("""{ "patternProperties": { "x": {}, "^x$": { "type": "string" } }, "additionalProperties": false }""", """{ "additionalProperties": { "type": "string" } }""")]
    [InlineData("""{ "type": "object" }""", """{ "patternProperties": { "\\u{61}": {} }, "additionalProperties": false }""")]
    [InlineData("""{ "enum": [2] }""", """{ "const": 1, "enum": [1, 2] }""")]
    [InlineData("""{ "$schema": "http://json-schema.org/draft-07/schema#", "dependentRequired": { "a": ["b"] } }""", """{ "$schema": "http://json-schema.org/draft-07/schema#", "dependencies": { "a": ["b"] } }""")]
    [InlineData("""{ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array" }""", """{ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array", "items": { "type": "string" } }""")]
    [InlineData("""{ "$ref": "#/definitions/t", "anyOf": [ { "type": "string" } ], "definitions": { "t": {} } }""", """{ "anyOf": [ { "type": "string" } ] }""")]
    [InlineData("""{ "type": "integer", "minimum": 1e17 }""", """{ "type": "integer", "exclusiveMinimum": 1e17 }""")]
    [InlineData("""{ "type": "number" }""", """{ "type": "number", "minimum": 1e400 }""")]
    [InlineData("""{ "const": "٣" }""", """{ "type": "string", "pattern": "^\\d$" }""")]
    [InlineData("""{ "const": 0.3 }""", """{ "multipleOf": 0.1 }""")]
    [InlineData("""{ "type": "number", "multipleOf": 0.6 }""", """{ "type": "number", "multipleOf": 0.3 }""")]
    // JSON-equal subschemas whose $ref targets differ between the two documents, directly or one hop further.
    [InlineData("""{ "properties": { "a": { "$ref": "#/definitions/d" } }, "definitions": { "d": { "type": "string" } } }""", """{ "properties": { "a": { "$ref": "#/definitions/d" } }, "definitions": { "d": { "type": "string", "maxLength": 2 } } }""")]
    [InlineData("""{ "properties": { "a": { "$ref": "#/definitions/d" } }, "definitions": { "d": { "$ref": "#/definitions/e" }, "e": { "type": "string" } } }""", """{ "properties": { "a": { "$ref": "#/definitions/d" } }, "definitions": { "d": { "$ref": "#/definitions/e" }, "e": { "type": "integer" } } }""")]
    // The same text under a nested base names a different target.
    [InlineData("""{ "properties": { "a": { "$ref": "s.json" } }, "definitions": { "s": { "$id": "s.json", "type": "string" } } }""", """{ "properties": { "a": { "$ref": "s.json" } }, "definitions": { "s": { "$id": "s.json", "type": "integer" } } }""")]
    public void Pairs_where_a_reader_refuses_some_message_are_never_compatible(string writer, string reader)
    {
        var readers = new ReaderChecker().Check(Json.Parse(writer), Json.Parse(reader));
        Assert.False(readers.IsCompatible, $"{writer} => {reader}");
    }

    [Fact]
    public void Two_different_patterns_are_undecided_and_count_as_breaking()
    {
        var readers = new ReaderChecker().Check(Json.Parse("""{ "type": "string", "pattern": "^[a-z]+$" }"""), Json.Parse("""{ "type": "string", "pattern": "^[a-z]*$" }"""));

        Assert.False(readers.IsCompatible);
        var finding = Assert.Single(readers.Findings);
        Assert.Equal("pattern", finding.Keyword);
        Assert.False(finding.Decided);
        Assert.Equal("#/pattern", finding.Path);
    }

    [Fact]
    public void Forward_reverses_who_writes()
    {
        var old = Json.Parse("""{ "type": "string", "maxLength": 5 }""");
        var update = Json.Parse("""{ "type": "string", "maxLength": 10 }""");

        var forward = new ReaderChecker().Check(old, update, CompatibilityLevel.Forward);
        var full = new ReaderChecker().Check(old, update, CompatibilityLevel.Full);

        var finding = Assert.Single(forward.Findings);
        Assert.Equal(CheckDirection.Forward, finding.Direction);
        Assert.Equal("\"aaaaaa\"", finding.Counterexample);
        Assert.Equal(forward.Findings, full.Findings);
        Assert.True(new ReaderChecker().Check(old, update, CompatibilityLevel.None).IsCompatible);
    }

    [Fact]
    public void Transitive_levels_check_every_earlier_version()
    {
        var v1 = Json.Parse("""{ "type": "string", "maxLength": 3 }""");
        var v2 = Json.Parse("""{ "type": "string", "maxLength": 2 }""");
        var v3 = Json.Parse("""{ "type": "string", "maxLength": 2, "minLength": 1 }""");

        Assert.Single(new ReaderChecker().Check([v1, v2], v3, CompatibilityLevel.Backward).Findings, finding => finding.Keyword == "minLength");
        var transitive = new ReaderChecker().Check([v1, v2], v3, CompatibilityLevel.BackwardTransitive);
        Assert.Contains(transitive.Findings, finding => finding.Keyword == "maxLength" && finding.Version == 1);
    }

    [Fact]
    public void A_nested_counterexample_keeps_only_the_members_that_matter()
    {
        var old = Json.Parse("""
            { "type": "object", "required": ["id", "amount"], "properties": {
                "id": { "type": "string" }, "note": { "type": "string" },
                "amount": { "type": "object", "required": ["value"], "properties": { "value": { "type": "number" }, "currency": { "type": "string" } } } },
              "examples": [ { "id": "i-1", "note": "hello", "amount": { "value": 12.5, "currency": "EUR" } } ] }
            """);
        var update = Json.Parse("""
            { "type": "object", "required": ["id", "amount"], "properties": {
                "id": { "type": "string" }, "note": { "type": "string" },
                "amount": { "type": "object", "required": ["value"], "properties": { "value": { "type": "number", "maximum": 10 }, "currency": { "type": "string" } } } } }
            """);

        var finding = Assert.Single(new ReaderChecker().Check(old, update).Findings);

        Assert.Equal("#/properties/amount/properties/value/maximum", finding.Path);
        using var counterexample = JsonDocument.Parse(finding.Counterexample!);
        Assert.Equal(["id", "amount"], counterexample.RootElement.EnumerateObject().Select(member => member.Name));
        Assert.Equal(["value"], counterexample.RootElement.GetProperty("amount").EnumerateObject().Select(member => member.Name));
        Assert.True(counterexample.RootElement.GetProperty("amount").GetProperty("value").GetDouble() > 10);
    }
}
