using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnexSchemas.Compatibility.Tests;

/// <summary>Local and external references, and termination on recursive schemas.</summary>
public sealed class ReferenceTests
{
    private static readonly JsonElement CommonV1 = Json.Parse("""{"definitions":{"id":{"$ref":"#/definitions/text"},"text":{"type":"string","maxLength":10}}}""");
    private static readonly JsonElement CommonV2 = Json.Parse("""{"definitions":{"id":{"$ref":"#/definitions/text"},"text":{"type":"string","maxLength":5}}}""");

    // The referencing document says which version of common.json it was written against.
    private static JsonElement? Resolve(JsonElement document, string reference)
    {
        var common = document.TryGetProperty("x-common", out var v) && v.GetInt32() == 2 ? CommonV2 : CommonV1;
        return reference == "common.json" ? common : null;
    }

    [Fact]
    public void External_references_go_through_the_resolver_with_their_own_local_references()
    {
        var before = Json.Parse("""{"x-common":1,"type":"object","properties":{"id":{"$ref":"common.json#/definitions/id"}}}""");
        var after = Json.Parse("""{"x-common":2,"type":"object","properties":{"id":{"$ref":"common.json#/definitions/id"}}}""");
        var changes = SchemaDiffer.Compare(before, after, Resolve);
        Assert.Equal("MAX_LENGTH_DECREASED #/properties/id/maxLength", Assert.Single(changes).ToString());
        Assert.False(new CompatibilityChecker(Resolve, RegistryProfile.Confluent).Check(before, after).IsCompatible);
    }

    [Fact]
    public void A_resolver_may_return_the_target_itself()
    {
        var target = Json.Parse("""{"type":"integer"}""");
        var before = Json.Parse("""{"type":"object","properties":{"n":{"$ref":"https://example.com/n.json"}}}""");
        var after = Json.Parse("""{"type":"object","properties":{"n":{"type":"number"}}}""");
        var changes = SchemaDiffer.Compare(before, after, (_, reference) => reference == "https://example.com/n.json" ? target : null);
        Assert.Equal("TYPE_EXTENDED #/properties/n", Assert.Single(changes).ToString());
    }

    [Fact]
    public void Without_a_resolver_external_references_compare_by_text()
    {
        var before = Json.Parse("""{"properties":{"n":{"$ref":"a.json"}}}""");
        var after = Json.Parse("""{"properties":{"n":{"$ref":"b.json"}}}""");
        Assert.Equal("TYPE_CHANGED #/properties/n", Assert.Single(SchemaDiffer.Compare(before, after)).ToString());
        Assert.Empty(SchemaDiffer.Compare(before, before));
    }

    [Fact]
    public void A_large_recursive_union_terminates_quickly()
    {
        var schema = TradeSchema();
        var watch = Stopwatch.StartNew();
        using var one = JsonDocument.Parse(schema.ToJsonString());
        using var two = JsonDocument.Parse(schema.ToJsonString());
        Assert.Empty(SchemaDiffer.Compare(one.RootElement, two.RootElement));

        schema["definitions"]!["Asset"]!["properties"]!["id"]!["type"] = "number";
        using var changed = JsonDocument.Parse(schema.ToJsonString());
        Assert.False(new CompatibilityChecker(profile: RegistryProfile.Confluent).Check(one.RootElement, changed.RootElement).IsCompatible);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Cycle_truncation_does_not_mask_a_real_incompatibility()
    {
        // T0 -> T2 -> T0 is a cycle behind singleton oneOfs; the real changes are to T0.id and T1.id.
        using var before = JsonDocument.Parse(MaskingSchema("integer", "boolean").ToJsonString());
        using var after = JsonDocument.Parse(MaskingSchema("boolean", "number").ToJsonString());
        Assert.False(new CompatibilityChecker(profile: RegistryProfile.Confluent).Check(before.RootElement, after.RootElement).IsCompatible);
        Assert.Empty(SchemaDiffer.Compare(before.RootElement, before.RootElement));
    }

    private static JsonObject TradeSchema()
    {
        string[] types = ["Asset", "Basket", "Swap", "Bond", "Option", "Future", "Forward", "Loan", "Repo", "Equity", "Index", "Leg"];
        JsonObject Union() => new() { ["oneOf"] = new JsonArray(types.Select(t => (JsonNode)new JsonObject { ["$ref"] = "#/definitions/" + t }).ToArray()) };
        var definitions = new JsonObject();
        foreach (var t in types)
        {
            definitions[t] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["id"] = new JsonObject { ["type"] = "string" }, ["underlying"] = Union(), ["reference"] = Union() },
            };
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["definitions"] = definitions,
            ["properties"] = new JsonObject { ["tradeId"] = new JsonObject { ["type"] = "string" }, ["product"] = Union() },
        };
    }

    private static JsonObject MaskingSchema(string t0Id, string t1Id)
    {
        JsonObject Node(string idType, string next) => new()
        {
            ["type"] = "object",
            ["additionalProperties"] = true,
            ["properties"] = new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = idType },
                ["ref"] = new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/definitions/" + next }) },
            },
        };

        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = true,
            ["definitions"] = new JsonObject { ["T0"] = Node(t0Id, "T2"), ["T1"] = Node(t1Id, "T2"), ["T2"] = Node("integer", "T0") },
            ["properties"] = new JsonObject
            {
                ["root"] = new JsonObject
                {
                    ["oneOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/definitions/T0" }, new JsonObject { ["$ref"] = "#/definitions/T1" }),
                },
            },
        };
    }

    // Each form names the same string schema; the update lowers its maxLength, which both verdicts must see.
    public static TheoryData<string, string, string> IdForms => new()
    {
        { "the document's own absolute $id", "https://x.test/a.json#/definitions/s", "" },
        { "a path relative to the document's $id", "a.json#/definitions/s", "" },
        { "$defs through the document's $id", "a.json#/$defs/t", "" },
        { "a subschema's absolute $id", "https://x.test/s.json", "\"$id\": \"https://x.test/s.json\"," },
        { "a subschema's relative $id", "s.json", "\"$id\": \"s.json\"," },
        { "a draft-07 anchor", "#str", "\"$id\": \"#str\"," },
        { "a pointer inside a subschema with its own $id", "https://x.test/nested.json#/definitions/inner", "" },
    };

    [Theory]
    [MemberData(nameof(IdForms))]
    public void References_resolve_through_ids_in_both_verdicts(string form, string reference, string definitionId)
    {
        var before = Json.Parse(IdDocument(reference, definitionId, 10));
        var after = Json.Parse(IdDocument(reference, definitionId, 5));

        var registry = new CompatibilityChecker(profile: RegistryProfile.Confluent).Check(before, after);
        var readers = new Readers.ReaderChecker().Check(before, after);

        Assert.False(registry.IsCompatible, form);
        Assert.Contains(registry.Changes, judged => judged.Change.ToString() == "MAX_LENGTH_DECREASED #/properties/p/maxLength");
        Assert.False(readers.IsCompatible, form);
        Assert.Contains(readers.Findings, finding => finding.Keyword == "maxLength" && finding.Counterexample is not null);
    }

    [Fact]
    public void An_unresolvable_reference_is_compared_by_its_text_and_is_undecided_for_readers()
    {
        var schema = Json.Parse("""{ "properties": { "p": { "$ref": "#/definitions/missing" } } }""");
        var other = Json.Parse("""{ "properties": { "p": { "$ref": "#/definitions/gone" } } }""");

        var readers = new Readers.ReaderChecker().Check(schema, other);

        Assert.False(readers.IsCompatible);
        var finding = Assert.Single(readers.Findings);
        Assert.False(finding.Decided);
        Assert.Contains("#/definitions/gone", finding.Message, StringComparison.Ordinal);
    }

    private static string IdDocument(string reference, string definitionId, int maxLength) => $$"""
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "$id": "https://x.test/a.json",
          "type": "object",
          "properties": { "p": { "$ref": "{{reference}}" } },
          "definitions": {
            "s": { {{definitionId}} "type": "string", "maxLength": {{maxLength}} },
            "n": { "$id": "nested.json", "definitions": { "inner": { "type": "string", "maxLength": {{maxLength}} } } }
          },
          "$defs": { "t": { "type": "string", "maxLength": {{maxLength}} } }
        }
        """;
}
